'use client';

import type { ProfileKitError } from '@profilekit/core';
import { type QueryClient, type QueryKey, type UseMutationResult, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { type CachedUserEdit, editCachedUsers } from '../cache/editCachedUsers';
import { invalidateUsers } from '../cache/invalidateUsers';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
import type { TabMessage } from '../sync/TabMessage';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/** One call of an optimistic mutation, planned once from its input and the cache before anything changes. */
export interface OptimisticUsersPlan<TData> {
  /** The users whose cached copies change at once (none: nothing to show before the answer). */
  uids: string[];
  /** What each cached copy of those users becomes. */
  edit?: CachedUserEdit;
  /** Sends the request the plan built; an empty change answers without one. */
  send: () => Promise<TData>;
}

/** How a mutation over users touches the cache and the server. */
export interface OptimisticUsersMutation<TInput extends object, TData> {
  /** Builds the request once: runs in `onMutate`, after queries are cancelled and before the cache is patched. */
  plan: (input: TInput, queryClient: QueryClient) => OptimisticUsersPlan<TData>;
  /** Cache work once the server agreed. */
  onSuccess?: (data: TData, input: TInput) => void;
  /** What the other tabs are told once the server agreed (live profiles). */
  messages: (data: TData, input: TInput) => TabMessage[];
  /** The queries to refetch once the mutation settles, whatever its outcome. */
  invalidate: (input: TInput) => QueryKey[];
}

interface Context<TData> {
  send: () => Promise<TData>;
  rollback: () => void;
}

/**
 * The kit's one optimistic update, on TanStack Query's lifecycle: `onMutate` cancels user queries, plans the
 * request, patches every cached copy and returns the rollback; `onError` restores; `onSettled` invalidates.
 * TanStack hands `mutationFn` the variables but not `onMutate`'s result, so the plan waits for it keyed by the
 * variables object (the same object reaches both): the request is built once, against the cache as it was.
 */
export function useOptimisticUsersMutation<TInput extends object, TData>(
  { plan, onSuccess, messages, invalidate }: OptimisticUsersMutation<TInput, TData>,
  options: ProfileKitHookOptions,
): UseMutationResult<TData, ProfileKitError, TInput> {
  const { queryClient } = useProfileKit(options);
  const [planned] = useState(() => new WeakMap<TInput, Context<TData>>());
  return useMutation<TData, ProfileKitError, TInput, Context<TData>>(
    {
      onMutate: async (input) => {
        await queryClient.cancelQueries({ queryKey: userKeys.all });
        const { uids, edit, send } = plan(input, queryClient);
        const undo = edit ? editCachedUsers(queryClient, uids, edit) : undefined;
        const context = { send, rollback: () => undo?.rollback() };
        planned.set(input, context);
        return context;
      },
      mutationFn: (input) => {
        const context = planned.get(input);
        planned.delete(input);
        if (!context) throw new Error('useOptimisticUsersMutation: onMutate did not plan this call');
        return context.send();
      },
      onError: (_error, _input, context) => context?.rollback(),
      onSuccess: (data, input) => {
        onSuccess?.(data, input);
        publishTabMessages(queryClient, messages(data, input));
      },
      onSettled: (_data, _error, input) => invalidateUsers(queryClient, ...invalidate(input)),
    },
    options.queryClient,
  );
}
