import { createContext, type ReactNode, useContext } from 'react';
import type { UserFormMode } from './modes';
import type { UserFormApi } from './useUserForm';

const UserFormContext = createContext<UserFormApi | null>(null);

/**
 * Makes a {@link UserFormApi} available to the field parts inside it.
 *
 * @example
 * ```tsx
 * const api = useUserForm({ mode: 'create', onSubmit });
 * <UserFormProvider value={api}><form onSubmit={api.submit}><TextField name="name" /></form></UserFormProvider>
 * ```
 */
export function UserFormProvider<M extends UserFormMode>({
  value,
  children,
}: {
  value: UserFormApi<M>;
  children: ReactNode;
}) {
  return <UserFormContext.Provider value={value as unknown as UserFormApi}>{children}</UserFormContext.Provider>;
}

/** The form a field part belongs to; throws outside a {@link UserFormProvider}. */
export function useUserFormContext(): UserFormApi {
  const api = useContext(UserFormContext);
  if (api === null) throw new Error('profilekit: field parts must be rendered inside <UserFormProvider> or <UserForm>');
  return api;
}
