import { useCallback, useContext } from 'react';
import { UnstyledContext } from './UnstyledContext';

/** profilekit's class joined with yours; profilekit's is left out when `unstyled`. */
export function joinPkClass(unstyled: boolean, pkClass: string, own?: string): string | undefined {
  if (unstyled) return own || undefined;
  return own ? `${pkClass} ${own}` : pkClass;
}

/** Joins profilekit's class with yours; profilekit's disappears in unstyled mode. */
export function usePkClass(): (pkClass: string, own?: string) => string | undefined {
  const unstyled = useContext(UnstyledContext);
  return useCallback((pkClass: string, own?: string) => joinPkClass(unstyled, pkClass, own), [unstyled]);
}
