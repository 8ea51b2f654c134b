'use client';

import type { CreateUserInput, ProfileKitError, User } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { invalidateUsers } from '../cache/invalidateUsers';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * Creates a CometChat user through the provider's client: your backend (`withBackend`, admins only) in
 * production, or the Auth Key the client holds (`withDevAuthKey`) in development. `uid` and `name` are required; a taken
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
  const { client, queryClient } = useProfileKit(options);
  return useMutation(
    {
      mutationFn: (input: CreateUserInput) => client.createUser(input),
      onSuccess: (user) => {
        storeUserEverywhere(queryClient, user);
        publishTabMessages(queryClient, [{ type: 'user.created', user }]);
      },
      onSettled: () => invalidateUsers(queryClient, userKeys.lists(), userKeys.infiniteLists()),
    },
    options.queryClient,
  );
}
