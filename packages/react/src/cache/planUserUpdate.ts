import {
  buildUserPayload,
  type CurrentUserChanges,
  type UpdateUserInput,
  type User,
  type UserDraft,
} from '@profilekit/core';
import { applyUserPayload, isEmptyChange } from '@profilekit/core/internal';
import type { QueryClient } from '@tanstack/react-query';
import type { OptimisticUsersPlan } from '../hooks/useOptimisticUsersMutation';
import { cachedUser } from './userCache';

type Operation = 'update' | 'updateCurrent';
type Input<Op extends Operation> = Op extends 'update' ? UpdateUserInput : CurrentUserChanges;

function toDraft(input: UpdateUserInput | CurrentUserChanges): UserDraft {
  const { unset, ...fields } = input as UpdateUserInput;
  const draft: Record<string, unknown> = { ...fields };
  for (const field of unset ?? []) draft[field] = null;
  return draft as UserDraft;
}

/**
 * Plans an update against the cached user: the request carries only what differs from it, every cached
 * copy shows the change at once, and nothing changed → no request (the cached user is the answer).
 * A user not in the cache is sent as given and patched when the answer comes.
 */
export function planUserUpdate<Op extends Operation>(
  queryClient: QueryClient,
  operation: Op,
  uid: string | undefined,
  input: Input<Op>,
  send: (request: Input<Op>) => Promise<User>,
): OptimisticUsersPlan<User> {
  const before = uid === undefined ? undefined : cachedUser(queryClient, uid);
  if (!before || uid === undefined) return { uids: [], send: () => send(input) };
  const request = buildUserPayload(operation, before, toDraft(input)) as Input<Op>;
  if (isEmptyChange(operation, request)) return { uids: [], send: async () => before };
  return {
    uids: [uid],
    edit: (user) => applyUserPayload(operation, user, request),
    send: () => send(request),
  };
}
