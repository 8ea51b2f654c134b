'use client';

import type { CreateUserInput, ProfileKitError, User } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { refetchUsers } from '../cache/refetchUsers';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * Creates a CometChat user with the Auth Key (CometChat's `createUser(user, authKey)`; in production
 * create users at your backend with the REST API key instead). `uid` and `name` are required; a taken
 * uid fails with `error.code === 'ERR_UID_ALREADY_EXISTS'` and `error.details.uid`.
 *
 * @example
 * ```tsx
 * const createUser = useCreateUser();
 * createUser.mutate({ uid: 'usr1', name: 'Kevin' }, { onSuccess: (user) => navigate(`/users/${user.uid}`) });
 * ```
 */
export function useCreateUser(
  options: ProfileKitHookOptions = {},
): UseMutationResult<User, ProfileKitError, CreateUserInput> {
  const { client, authKey, queryClient: cache } = useProfileKit(options);
  return useMutation(
    {
      mutationFn: (input: CreateUserInput) => client.createUser(input, authKey),
      onSuccess: (user) => storeUserEverywhere(cache, user),
      onSettled: () => refetchUsers(cache, userKeys.lists(), userKeys.infiniteLists()),
    },
    options.queryClient,
  );
}
