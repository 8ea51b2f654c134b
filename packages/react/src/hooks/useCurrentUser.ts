'use client';

import { type QueryClient, type UseQueryResult, useQuery } from '@tanstack/react-query';
import type { User, UserKitError } from '@userkit/core';
import { currentUserQueryOptions } from '../queryOptions';
import { useUserKit } from './useUserKit';

/**
 * The logged-in CometChat user, or `null` when nobody is logged in. Updated in place by
 * `useUpdateCurrentUser`, primed by `useLogin`, cleared by `useLogout`.
 *
 * @example
 * ```tsx
 * const { data: me, isPending } = useCurrentUser();
 * if (isPending) return <Spinner />;
 * return me ? <p>Hello {me.name}</p> : <LoginForm />;
 * ```
 */
export function useCurrentUser(queryClient?: QueryClient): UseQueryResult<User | null, UserKitError> {
  const { client } = useUserKit(queryClient);
  return useQuery(currentUserQueryOptions(client), queryClient);
}
