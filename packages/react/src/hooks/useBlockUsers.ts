'use client';

import type { BlockOutcome, ProfileKitError, User, UserClient } from '@profilekit/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';
import { useOptimisticUsersMutation } from './useOptimisticUsersMutation';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

function useBlockMutation(
  blocked: boolean,
  send: (client: UserClient, uids: string[]) => Promise<BlockOutcome>,
  options: ProfileKitHookOptions = {},
): UseMutationResult<BlockOutcome, ProfileKitError, string[]> {
  const { client, queryClient } = useProfileKit(options);
  return useOptimisticUsersMutation<string[], BlockOutcome>(
    {
      plan: (uids) => ({ uids, edit: (user) => ({ ...user, blockedByMe: blocked }), send: () => send(client, uids) }),
      messages: (_outcome, uids) => {
        const blocker = queryClient.getQueryData<User | null>(userKeys.current())?.uid;
        const type = blocked ? 'user.blocked' : 'user.unblocked';
        return blocker ? uids.map((uid) => ({ type, blocker, blocked: uid })) : [];
      },
      invalidate: () => [userKeys.all],
    },
    options,
  );
}

/**
 * Blocks users for the logged-in user; `blockedByMe` turns true at once in every cached copy.
 *
 * @example
 * ```tsx
 * const block = useBlockUsers();
 * block.mutate(['spammer1']);
 * ```
 */
export function useBlockUsers(options: ProfileKitHookOptions = {}) {
  return useBlockMutation(true, (client, uids) => client.blockUsers(uids), options);
}

/**
 * Unblocks users for the logged-in user; `blockedByMe` turns false at once in every cached copy.
 *
 * @example
 * ```tsx
 * const unblock = useUnblockUsers();
 * unblock.mutate(['friend1']);
 * ```
 */
export function useUnblockUsers(options: ProfileKitHookOptions = {}) {
  return useBlockMutation(false, (client, uids) => client.unblockUsers(uids), options);
}
