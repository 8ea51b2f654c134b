'use client';

import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import type { UserClient } from '@userkit/core';
import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

/** What {@link UserKitProvider} puts in context. */
export interface UserKitContextValue {
  /** The client every hook calls: `createHttpClient(…)`, `fromCometChat(CometChat)`, or your own `UserClient`. */
  client: UserClient;
  /** The Auth Key for `createUser`/`updateUser`/`login(uid)` — development only; omit when the client holds it or your backend creates users. */
  authKey?: string;
}

export const UserKitContext = createContext<UserKitContextValue | null>(null);

/** Props of {@link UserKitProvider}. */
export interface UserKitProviderProps extends UserKitContextValue {
  /** Your app's QueryClient. Default: the one from an enclosing `QueryClientProvider`, else a new one. */
  queryClient?: QueryClient;
  children?: ReactNode;
}

/**
 * Gives every userkit hook and form its client, and TanStack Query its cache.
 * Safe to render on the server: nothing runs until a hook does.
 *
 * @example
 * ```tsx
 * const client = createHttpClient({ appId: 'APP_ID', region: 'us' }, { tokenStore: localStorageTokenStore() });
 *
 * <UserKitProvider client={client}>
 *   <ProfileEditForm />
 * </UserKitProvider>
 * ```
 */
export function UserKitProvider({ client, authKey, queryClient, children }: UserKitProviderProps) {
  const enclosing = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => queryClient ?? enclosing ?? new QueryClient());
  const value = useMemo(() => ({ client, authKey }), [client, authKey]);
  const content = <UserKitContext.Provider value={value}>{children}</UserKitContext.Provider>;
  const active = queryClient ?? ownQueryClient;
  if (active === enclosing) return content;
  return <QueryClientProvider client={active}>{content}</QueryClientProvider>;
}
