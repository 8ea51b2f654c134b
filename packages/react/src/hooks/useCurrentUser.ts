'use client';

import type { ProfileKitError, User } from '@profilekit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { currentUserQueryOptions } from '../queryOptions';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

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
export function useCurrentUser(options: ProfileKitHookOptions = {}): UseQueryResult<User | null, ProfileKitError> {
  const { client } = useProfileKit(options);
  return useQuery(currentUserQueryOptions(client), options.queryClient);
}
