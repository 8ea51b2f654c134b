'use client';

import type { ProfileKitError, UpdateUserInput, User } from '@profilekit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { planUserUpdate } from '../cache/planUserUpdate';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { useOptimisticUsersMutation } from './useOptimisticUsersMutation';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * Changes any user by uid (admin: your backend via `withBackend`, or a client wrapped by `withDevAuthKey`): only fields
 * that differ from the cached user are sent, `unset` removes `avatar`, `link` or `metadata`. The
 * change shows at once in every cached copy of that user and is rolled back if CometChat refuses it.
 *
 * @example
 * ```tsx
 * const updateUser = useUpdateUser();
 * updateUser.mutate({ uid: 'superhero1', role: 'moderator', unset: ['avatar'] });
 * if (updateUser.error?.details.role) showRoleError(updateUser.error.details.role[0]);
 * ```
 */
export function useUpdateUser(
  options: ProfileKitHookOptions = {},
): UseMutationResult<User, ProfileKitError, UpdateUserInput> {
  const { client, queryClient } = useProfileKit(options);
  return useOptimisticUsersMutation<UpdateUserInput, User>(
    {
      plan: (input) => planUserUpdate(queryClient, 'update', input.uid, input, (request) => client.updateUser(request)),
      onSuccess: (user) => storeUserEverywhere(queryClient, user),
      invalidate: (input) => [userKeys.detail(input.uid), userKeys.lists(), userKeys.infiniteLists()],
    },
    options,
  );
}
