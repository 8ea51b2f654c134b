import type { AdminUserClient, UpdateUserInput, User } from '@profilekit/core';
import type { QueryClient } from '@tanstack/react-query';
import { type CachedUserEdit, editCachedUsers } from '../cache/editCachedUsers';
import { invalidateUsers } from '../cache/invalidateUsers';
import { asDeactivated, asErased, asReactivated } from '../cache/userActivation';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';

/** One thing to do to every selected user. */
export type BulkAction =
  | { kind: 'deactivate' }
  | { kind: 'reactivate' }
  | { kind: 'delete'; permanent?: boolean }
  | { kind: 'setRole'; role: string }
  | { kind: 'addTag'; tag: string }
  | { kind: 'removeTag'; tag: string };

/** What a bulk action did to one user. */
export interface BulkOutcome {
  uid: string;
  name?: string;
  ok: boolean;
  /** Why it failed (the server's error). */
  error?: unknown;
}

/** How far a bulk action got. */
export interface BulkProgress {
  done: number;
  total: number;
}

/** The most uids one deactivate or reactivate request carries (what `@profilekit/server` accepts). */
export const BULK_BATCH_SIZE = 100;
/** Requests in flight at once for actions CometChat takes one user at a time (delete, role, tags). */
const PARALLEL = 4;

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/** The update a role or tag change sends for one user, or `undefined` when the user already is that way. */
function updateFor(action: BulkAction, user: User): UpdateUserInput | undefined {
  const tags = user.tags ?? [];
  if (action.kind === 'setRole') return user.role === action.role ? undefined : { uid: user.uid, role: action.role };
  if (action.kind === 'addTag')
    return tags.includes(action.tag) ? undefined : { uid: user.uid, tags: [...tags, action.tag] };
  if (action.kind === 'removeTag')
    return tags.includes(action.tag) ? { uid: user.uid, tags: tags.filter((tag) => tag !== action.tag) } : undefined;
  return undefined;
}

async function eachUser(
  users: User[],
  run: (user: User) => Promise<void>,
  report: (outcome: BulkOutcome) => void,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < users.length) {
      const user = users[next++] as User;
      try {
        await run(user);
        report({ uid: user.uid, name: user.name, ok: true });
      } catch (error) {
        report({ uid: user.uid, name: user.name, ok: false, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, users.length) }, worker));
}

/**
 * Runs a bulk action over users: deactivate and reactivate in batches of {@link BULK_BATCH_SIZE} shown at once
 * in every cached copy (undone for a batch the server refuses, whose users are then tried one by one so each
 * gets its own outcome); delete, role and tag changes one user at a time, a few in parallel, each cached copy
 * updated with the server's answer. Lists refetch at the end.
 */
export async function runBulkAction(
  client: AdminUserClient,
  queryClient: QueryClient,
  action: BulkAction,
  users: User[],
  onOutcome: (outcome: BulkOutcome) => void,
): Promise<void> {
  await queryClient.cancelQueries({ queryKey: userKeys.all });
  try {
    if (action.kind === 'deactivate' || action.kind === 'reactivate') {
      const edit: CachedUserEdit = action.kind === 'deactivate' ? asDeactivated : asReactivated;
      const send = (uids: string[]) =>
        action.kind === 'deactivate' ? client.deactivateUsers(uids) : client.reactivateUsers(uids);
      for (const batch of chunks(users, BULK_BATCH_SIZE)) {
        const uids = batch.map((user) => user.uid);
        const undo = editCachedUsers(queryClient, uids, edit);
        try {
          await send(uids);
          for (const user of batch) onOutcome({ uid: user.uid, name: user.name, ok: true });
        } catch {
          undo.rollback();
          await eachUser(
            batch,
            async (user) => {
              await send([user.uid]);
              editCachedUsers(queryClient, [user.uid], edit);
            },
            onOutcome,
          );
        }
      }
      return;
    }
    if (action.kind === 'delete') {
      const edit = action.permanent ? asErased : asDeactivated;
      await eachUser(
        users,
        async (user) => {
          await client.deleteUser(user.uid, { permanent: action.permanent ?? false });
          editCachedUsers(queryClient, [user.uid], edit);
        },
        onOutcome,
      );
      return;
    }
    await eachUser(
      users,
      async (user) => {
        const update = updateFor(action, user);
        if (update) storeUserEverywhere(queryClient, await client.updateUser(update));
      },
      onOutcome,
    );
  } finally {
    invalidateUsers(queryClient, userKeys.lists(), userKeys.infiniteLists());
  }
}
