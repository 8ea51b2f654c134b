import type { User } from '@profilekit/core';
import type { StoredUser, UserStore } from './store/types';

/** The logged-in user a response is relative to, with whom they block and who blocks them. */
export interface Viewer {
  uid: string;
  blockedByMe: ReadonlySet<string>;
  hasBlockedMe: ReadonlySet<string>;
}

/** Reads the block relations of a logged-in user once, for a whole response. */
export function viewerOf(store: UserStore, uid: string): Viewer {
  return { uid, blockedByMe: new Set(store.blockedBy(uid)), hasBlockedMe: new Set(store.blockersOf(uid)) };
}

/** CometChat's id of the one-to-one conversation of two users: both uids, sorted, joined by `_user_`. */
export function conversationId(a: string, b: string): string {
  return a < b ? `${a}_user_${b}` : `${b}_user_${a}`;
}

/** How to present a user. */
export interface PresentOptions {
  viewer?: Viewer;
  /** Lists include tags only when asked (`withTags`), as CometChat does. Default: include. */
  withTags?: boolean;
  authToken?: string;
}

/**
 * A stored user as the API answers it: fields in CometChat's order, absent when unset; relative to a
 * logged-in viewer, also `conversationId`, `blockedByMe` and `hasBlockedMe`.
 */
export function presentUser(user: StoredUser, { viewer, withTags = true, authToken }: PresentOptions = {}): User {
  const out: Record<string, unknown> = { uid: user.uid, name: user.name };
  out.avatar = user.avatar;
  out.link = user.link;
  out.role = user.role;
  out.metadata = user.metadata;
  out.status = user.status;
  out.statusMessage = user.statusMessage;
  out.lastActiveAt = user.lastActiveAt;
  if (withTags) out.tags = user.tags ?? [];
  out.createdAt = user.createdAt;
  out.updatedAt = user.updatedAt;
  out.deactivatedAt = user.deactivatedAt;
  if (viewer && viewer.uid !== user.uid) {
    out.conversationId = conversationId(viewer.uid, user.uid);
    out.blockedByMe = viewer.blockedByMe.has(user.uid);
    out.hasBlockedMe = viewer.hasBlockedMe.has(user.uid);
  }
  out.authToken = authToken;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as User;
}
