'use client';

import type { ProfileKitError, UpdateUserInput, User } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { invalidateUsers } from '../cache/invalidateUsers';
import { optimisticUserUpdate } from '../cache/optimistic';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
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
  return useMutation(
    {
      mutationFn: (input: UpdateUserInput) =>
        optimisticUserUpdate(queryClient, 'update', input.uid, input, (payload) => client.updateUser(payload)),
      onSuccess: (user) => publishTabMessages(queryClient, [{ type: 'user.updated', user }]),
      onSettled: (_user, _error, input) =>
        invalidateUsers(queryClient, userKeys.detail(input.uid), userKeys.lists(), userKeys.infiniteLists()),
    },
    options.queryClient,
  );
}
