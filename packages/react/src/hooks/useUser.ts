'use client';

import type { ProfileKitError, User } from '@profilekit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { userQueryOptions } from '../queryOptions';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * One CometChat user by uid (case-insensitive). `error.code` is `ERR_UID_NOT_FOUND` for an unknown
 * or deactivated user. Stays coherent with every list and form that changes the same user.
 *
 * @example
 * ```tsx
 * const { data: user, error } = useUser({ uid: 'superhero1' });
 * ```
 */
export function useUser(
  { uid }: { uid: string },
  options: ProfileKitHookOptions = {},
): UseQueryResult<User, ProfileKitError> {
  const { client } = useProfileKit(options);
  return useQuery(userQueryOptions(client, uid), options.queryClient);
}
