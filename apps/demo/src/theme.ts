import { useCallback, useState } from 'react';

/** The demo's two themes. */
export type Theme = 'light' | 'dark';

const KEY = 'profilekit-demo:theme';

function initialTheme(): Theme {
  // index.html sets it before first paint from the saved choice or the system's.
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

/**
 * The theme, persisted in `localStorage` and mirrored on `<html data-theme>`.
 *
 * @example
 * ```tsx
 * const [theme, setTheme] = useTheme();
 * <UserForm theme={theme} … />
 * ```
 */
export function useTheme(): [Theme, (theme: Theme) => void] {
  const [theme, setState] = useState(initialTheme);
  const setTheme = useCallback((next: Theme) => {
    setState(next);
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // storage blocked: the choice lasts until reload
    }
  }, []);
  return [theme, setTheme];
}
