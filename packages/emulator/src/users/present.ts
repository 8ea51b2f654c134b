import { type User, userFieldNames, userFields } from '@profilekit/core';
import type { StoredUser } from '../store/types';
import type { RelativeField, Viewer } from './viewer';

/** CometChat's id of the one-to-one conversation of two users: both uids, sorted, joined by `_user_`. */
export function conversationId(a: string, b: string): string {
  return a < b ? `${a}_user_${b}` : `${b}_user_${a}`;
}

/**
 * A JSON field (metadata) as another logged-in user may see it: without the `@private` key. CometChat's Create User
 * reference puts contact details there (`metadata["@private"].email`, `.contactNumber`, read by its email and
 * SMS notification extensions: https://www.cometchat.com/docs/rest-api/users/create); they are the user's own
 * and the REST API's, never another user's. An object left empty is left out.
 */
function withoutPrivate(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || !('@private' in value)) return value;
  const { '@private': _private, ...shared } = value as Record<string, unknown>;
  return Object.keys(shared).length > 0 ? shared : undefined;
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
 * and `conversationId`, and the metadata without its `@private` part. Then the server's times and, after a login or a create that asked, the auth token.
 */
export function presentUser(user: StoredUser, { viewer, withTags = true, authToken }: PresentOptions = {}): User {
  const out: Record<string, unknown> = {};
  const other = viewer && viewer.uid !== user.uid ? viewer : undefined;
  for (const field of userFieldNames) {
    const policy = userFields[field];
    if ('relative' in policy) {
      if (other) out[field] = other[field as RelativeField].has(user.uid);
    } else if (policy.rule.kind === 'json' && other) {
      out[field] = withoutPrivate(user[field as keyof StoredUser]);
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
  return out as unknown as User;
}
