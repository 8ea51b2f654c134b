'use client';

import type { ProfileKitError, UpdateUserInput, User } from '@profilekit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import type { ProfileKitHookOptions } from './useProfileKit';
import { useUserUpdate } from './useUserUpdate';

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
  return useUserUpdate('update', options);
}
