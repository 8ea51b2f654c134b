'use client';

import type { ProfileKitError } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { type CachedUserEdit, editCachedUsers } from '../cache/editCachedUsers';
import { invalidateUsers } from '../cache/invalidateUsers';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
import type { TabMessage } from '../sync/TabMessage';
import { requireAdminClient } from './requireClient';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/** How an admin mutation over users touches the cache and the server. */
export interface OptimisticUsersMutation<TInput> {
  /** The hook's name, for the error when the client is not an admin client. */
  hook: string;
  uidsOf: (input: TInput) => string[];
  /** What each cached copy becomes at once. */
  edit: (input: TInput) => CachedUserEdit;
  send: (client: ReturnType<typeof requireAdminClient>, input: TInput) => Promise<void>;
  /** Cache work once the server agreed. */
  onSuccess?: (input: TInput) => void;
  /** What the other tabs are told once the server agreed. */
  messages: (input: TInput) => TabMessage[];
}

/** A mutation over uids that edits every cached copy at once and undoes the edit if the server refuses. */
export function useOptimisticUsersMutation<TInput>(
  { hook, uidsOf, edit, send, onSuccess, messages }: OptimisticUsersMutation<TInput>,
  options: ProfileKitHookOptions,
): UseMutationResult<void, ProfileKitError, TInput> {
  const { client, queryClient } = useProfileKit(options);
  const admin = requireAdminClient(client, hook);
  return useMutation(
    {
      mutationFn: async (input: TInput) => {
        await queryClient.cancelQueries({ queryKey: userKeys.all });
        const undo = editCachedUsers(queryClient, uidsOf(input), edit(input));
        try {
          await send(admin, input);
        } catch (error) {
          undo.rollback();
          throw error;
        }
      },
      onSuccess: (_data, input) => {
        onSuccess?.(input);
        publishTabMessages(queryClient, messages(input));
      },
      onSettled: (_data, _error, input) =>
        invalidateUsers(queryClient, userKeys.lists(), userKeys.infiniteLists(), ...uidsOf(input).map(userKeys.detail)),
    },
    options.queryClient,
  );
}
