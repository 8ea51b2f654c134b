import {
  buildUserPayload,
  type CurrentUserChanges,
  type UpdateUserInput,
  type User,
  type UserDraft,
} from '@profilekit/core';
import { applyUserPayload } from '@profilekit/core/internal';
import type { QueryClient } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';
import { cachedUser, patchUserEverywhere, storeUserEverywhere } from './userCache';

type Operation = 'update' | 'updateCurrent';
type Input<Op extends Operation> = Op extends 'update' ? UpdateUserInput : CurrentUserChanges;

function toDraft(input: UpdateUserInput | CurrentUserChanges): UserDraft {
  const { unset, ...fields } = input as UpdateUserInput;
  const draft: Record<string, unknown> = { ...fields };
  for (const field of unset ?? []) draft[field] = null;
  return draft as UserDraft;
}

/**
 * Runs an update with an optimistic cache: sends only what differs from the cached user, shows the
 * change in every cached copy at once, writes the server's answer back, and undoes the change if
 * the server refuses it. Nothing changed → no request at all.
 */
export async function optimisticUserUpdate<Op extends Operation>(
  queryClient: QueryClient,
  operation: Op,
  uid: string | undefined,
  input: Input<Op>,
  send: (payload: Input<Op>) => Promise<User>,
): Promise<User> {
  await queryClient.cancelQueries({ queryKey: userKeys.all });
  const before = uid === undefined ? undefined : cachedUser(queryClient, uid);
  if (!before || uid === undefined) return send(input);
  const payload = buildUserPayload(operation, before, toDraft(input)) as Input<Op>;
  const changed = Object.keys(payload).some((key) => key !== 'uid');
  if (!changed) return before;
  const undo = patchUserEverywhere(queryClient, uid, (user) => applyUserPayload(operation, user, payload));
  try {
    const user = await send(payload);
    storeUserEverywhere(queryClient, user);
    return user;
  } catch (error) {
    undo.rollback();
    throw error;
  }
}
