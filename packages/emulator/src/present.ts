import { type User, userFieldNames, userFields } from '@profilekit/core';
import type { StoredUser } from './store/types';
import type { RelativeField, Viewer } from './viewer';

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
 * A stored user as the API answers it, field by field of the policy table: what the user keeps, absent when
 * unset (tags only when asked for, `[]` when none); relative to a logged-in viewer, also the relative fields
 * and `conversationId`. Then the server's times and, after a login or a create that asked, the auth token.
 */
export function presentUser(user: StoredUser, { viewer, withTags = true, authToken }: PresentOptions = {}): User {
  const out: Record<string, unknown> = {};
  const other = viewer && viewer.uid !== user.uid ? viewer : undefined;
  for (const field of userFieldNames) {
    const policy = userFields[field];
    if ('relative' in policy) {
      if (other) out[field] = other[field as RelativeField].has(user.uid);
    } else if (policy.rule.kind === 'tags') {
      if (withTags) out[field] = user[field as keyof StoredUser] ?? [];
    } else out[field] = user[field as keyof StoredUser];
  }
  out.createdAt = user.createdAt;
  out.updatedAt = user.updatedAt;
  out.deactivatedAt = user.deactivatedAt;
  if (other) out.conversationId = conversationId(other.uid, user.uid);
  out.authToken = authToken;
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as User;
}
