'use client';

import type { CurrentUserChanges, ProfileKitError, UpdateUserInput, User } from '@profilekit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { planUserUpdate } from '../cache/planUserUpdate';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { useOptimisticUsersMutation } from './useOptimisticUsersMutation';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

type Operation = 'update' | 'updateCurrent';
type Input<Op extends Operation> = Op extends 'update' ? UpdateUserInput : CurrentUserChanges;

/** `useUpdateUser` and `useUpdateCurrentUser`: one optimistic update of one user, by uid or the logged-in one. */
export function useUserUpdate<Op extends Operation>(
  operation: Op,
  options: ProfileKitHookOptions,
): UseMutationResult<User, ProfileKitError, Input<Op>> {
  const { client, queryClient } = useProfileKit(options);
  const current = operation === 'updateCurrent';
  const uidOf = (input: Input<Op>) =>
    current ? queryClient.getQueryData<User | null>(userKeys.current())?.uid : (input as UpdateUserInput).uid;
  const send = (request: Input<Op>) =>
    current ? client.updateCurrentUserDetails(request) : client.updateUser(request as UpdateUserInput);
  return useOptimisticUsersMutation<Input<Op>, User>(
    {
      plan: (input) => planUserUpdate(queryClient, operation, uidOf(input), input, send),
      onSuccess: (user) => {
        storeUserEverywhere(queryClient, user);
        if (current) queryClient.setQueryData(userKeys.current(), user);
      },
      messages: (user) => [{ type: 'user.updated', user }],
      invalidate: (input) =>
        current ? [userKeys.all] : [userKeys.detail(uidOf(input) ?? ''), userKeys.lists(), userKeys.infiniteLists()],
    },
    options,
  );
}
