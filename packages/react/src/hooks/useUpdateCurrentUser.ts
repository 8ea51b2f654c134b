'use client';

import type { CurrentUserChanges, ProfileKitError, User } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { invalidateUsers } from '../cache/invalidateUsers';
import { optimisticUserUpdate } from '../cache/optimistic';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * Changes the logged-in user (CometChat's `updateCurrentUserDetails`). `changes` cannot name `uid`,
 * `role` or a read-only field — a compile-time error. Only what differs from the cached user is
 * sent; every cached copy updates at once and rolls back if CometChat refuses the change.
 *
 * @example
 * ```tsx
 * const update = useUpdateCurrentUser();
 * update.mutate({ statusMessage: 'On holiday', unset: ['avatar'] });
 * ```
 */
export function useUpdateCurrentUser(
  options: ProfileKitHookOptions = {},
): UseMutationResult<User, ProfileKitError, CurrentUserChanges> {
  const { client, queryClient } = useProfileKit(options);
  return useMutation(
    {
      mutationFn: (changes: CurrentUserChanges) => {
        const current = queryClient.getQueryData<User | null>(userKeys.current());
        return optimisticUserUpdate(queryClient, 'updateCurrent', current?.uid, changes, (payload) =>
          client.updateCurrentUserDetails(payload),
        );
      },
      onSuccess: (user) => {
        queryClient.setQueryData(userKeys.current(), user);
        publishTabMessages(queryClient, [{ type: 'user.updated', user }]);
      },
      onSettled: () => invalidateUsers(queryClient, userKeys.all),
    },
    options.queryClient,
  );
}
