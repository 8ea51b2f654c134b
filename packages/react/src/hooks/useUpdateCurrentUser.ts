'use client';

import type { CurrentUserChanges, ProfileKitError, User } from '@profilekit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { planUserUpdate } from '../cache/planUserUpdate';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { useOptimisticUsersMutation } from './useOptimisticUsersMutation';
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
  return useOptimisticUsersMutation<CurrentUserChanges, User>(
    {
      plan: (changes) => {
        const current = queryClient.getQueryData<User | null>(userKeys.current());
        return planUserUpdate(queryClient, 'updateCurrent', current?.uid, changes, (request) =>
          client.updateCurrentUserDetails(request),
        );
      },
      onSuccess: (user) => {
        storeUserEverywhere(queryClient, user);
        queryClient.setQueryData(userKeys.current(), user);
      },
      invalidate: () => [userKeys.all],
    },
    options,
  );
}
