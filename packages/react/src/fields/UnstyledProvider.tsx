import { createContext, type ReactNode, useCallback, useContext } from 'react';

const UnstyledContext = createContext(false);

/**
 * Drops profilekit's `pk-*` class names from every part inside it, so your own CSS starts from nothing.
 *
 * @example
 * ```tsx
 * <UnstyledProvider unstyled><UserForm mode="create" onSubmit={save} /></UnstyledProvider>
 * ```
 */
export function UnstyledProvider({ unstyled, children }: { unstyled: boolean; children: ReactNode }) {
  return <UnstyledContext.Provider value={unstyled}>{children}</UnstyledContext.Provider>;
}

/** Joins profilekit's class with yours; profilekit's disappears in unstyled mode. */
export function usePkClass(): (pkClass: string, own?: string) => string | undefined {
  const unstyled = useContext(UnstyledContext);
  return useCallback(
    (pkClass: string, own?: string) => [unstyled ? undefined : pkClass, own].filter(Boolean).join(' ') || undefined,
    [unstyled],
  );
}
