import type { ReactNode } from 'react';
import { UnstyledContext } from './UnstyledContext';

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
