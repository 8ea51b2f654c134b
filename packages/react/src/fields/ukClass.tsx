import { createContext, type ReactNode, useCallback, useContext } from 'react';

const UnstyledContext = createContext(false);

/**
 * Drops userkit's `uk-*` class names from every part inside it, so your own CSS starts from nothing.
 *
 * @example
 * ```tsx
 * <UnstyledProvider unstyled><UserForm mode="create" onSubmit={save} /></UnstyledProvider>
 * ```
 */
export function UnstyledProvider({ unstyled, children }: { unstyled: boolean; children: ReactNode }) {
  return <UnstyledContext.Provider value={unstyled}>{children}</UnstyledContext.Provider>;
}

/** Joins userkit's class with yours; userkit's disappears in unstyled mode. */
export function useUkClass(): (ukClass: string, own?: string) => string | undefined {
  const unstyled = useContext(UnstyledContext);
  return useCallback(
    (ukClass: string, own?: string) => [unstyled ? undefined : ukClass, own].filter(Boolean).join(' ') || undefined,
    [unstyled],
  );
}
