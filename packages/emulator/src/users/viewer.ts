import type { UserField, UserFields } from '@profilekit/core';
import type { UserStore } from '../store/types';

/** The table's fields that are relative to a logged-in viewer (`blockedByMe`, `hasBlockedMe`). */
export type RelativeField = { [F in UserField]: UserFields[F] extends { relative: true } ? F : never }[UserField];

/** The logged-in user a response is relative to: for each relative field, the uids it is `true` for. */
export type Viewer = { uid: string } & Record<RelativeField, ReadonlySet<string>>;

/**
 * Reads the block relations of a logged-in user once, for a whole response: the one place that knows which
 * store query answers each relative field (a new relative field in the table fails to compile here until it has one).
 */
export function viewerOf(store: UserStore, uid: string): Viewer {
  return { uid, blockedByMe: new Set(store.blockedBy(uid)), hasBlockedMe: new Set(store.blockersOf(uid)) };
}
