'use client';

import type { ProfileKitError, User } from '@profilekit/core';
import { type QueryClient, type UseQueryResult, useQuery } from '@tanstack/react-query';
import { userQueryOptions } from '../queryOptions';
import { useProfileKit } from './useProfileKit';

/**
 * One CometChat user by uid (case-insensitive). `error.code` is `ERR_UID_NOT_FOUND` for an unknown
 * or deactivated user. Stays coherent with every list and form that changes the same user.
 *
 * @example
 * ```tsx
 * const { data: user, error } = useUser('superhero1');
 * ```
 */
export function useUser(uid: string, queryClient?: QueryClient): UseQueryResult<User, ProfileKitError> {
  const { client } = useProfileKit(queryClient);
  return useQuery(userQueryOptions(client, uid), queryClient);
}
