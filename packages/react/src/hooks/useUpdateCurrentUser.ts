'use client';

import type { CurrentUserChanges, ProfileKitError, User } from '@profilekit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ProfileKitHookOptions } from './useProfileKit';
import { useUserUpdate } from './useUserUpdate';

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
  return useUserUpdate('updateCurrent', options);
}
