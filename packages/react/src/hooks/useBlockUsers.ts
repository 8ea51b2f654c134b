'use client';

import type { BlockOutcome, ProfileKitError, User, UserClient } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { invalidateUsers } from '../cache/invalidateUsers';
import { patchUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

function useBlockMutation(
  blocked: boolean,
  send: (client: UserClient, uids: string[]) => Promise<BlockOutcome>,
  options: ProfileKitHookOptions = {},
): UseMutationResult<BlockOutcome, ProfileKitError, string[]> {
  const { client, queryClient } = useProfileKit(options);
  return useMutation(
    {
      mutationFn: async (uids: string[]) => {
        await queryClient.cancelQueries({ queryKey: userKeys.all });
        const undo = uids.map((uid) =>
          patchUserEverywhere(queryClient, uid, (user) => ({ ...user, blockedByMe: blocked })),
        );
        try {
          return await send(client, uids);
        } catch (error) {
          for (const change of undo) change.rollback();
          throw error;
        }
      },
      onSuccess: (_outcome, uids) => {
        const blocker = queryClient.getQueryData<User | null>(userKeys.current())?.uid;
        const type = blocked ? 'user.blocked' : 'user.unblocked';
        if (blocker)
          publishTabMessages(
            queryClient,
            uids.map((uid) => ({ type, blocker, blocked: uid })),
          );
      },
      onSettled: () => invalidateUsers(queryClient, userKeys.all),
    },
    options.queryClient,
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
