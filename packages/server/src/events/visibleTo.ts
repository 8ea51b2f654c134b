import { type ProfileEvent, sameUid, type User } from '@profilekit/core';

/** Who reads a stream: their uid and whether their role is an admin role. */
export interface StreamReader {
  uid: string;
  admin: boolean;
}

/**
 * Whether `reader` may see `event`. Admins see everything. Everyone sees `user.updated` (profiles are public
 * in CometChat) and `presence`; a user sees the other `user.*` events only about themselves, and a block
 * event only when they are the blocker or the blocked.
 *
 * @example
 * ```ts
 * visibleTo({ uid: 'kevin', admin: false }, { type: 'user.deactivated', uid: 'ana' }); // false
 * ```
 */
export function visibleTo(reader: StreamReader, event: ProfileEvent): boolean {
  if (reader.admin) return true;
  switch (event.type) {
    case 'user.updated':
    case 'presence':
      return true;
    case 'user.created':
    case 'user.reactivated':
      return sameUid(event.user.uid, reader.uid);
    case 'user.deactivated':
    case 'user.deleted':
      return sameUid(event.uid, reader.uid);
    case 'user.blocked':
    case 'user.unblocked':
      return sameUid(event.blocker, reader.uid) || sameUid(event.blocked, reader.uid);
    default:
      return false;
  }
}

/** `true` when `event` ends the reader's session: they were deactivated or deleted. */
export function endsSessionOf(reader: StreamReader, event: ProfileEvent): boolean {
  return (event.type === 'user.deactivated' || event.type === 'user.deleted') && sameUid(event.uid, reader.uid);
}

/**
 * `true` when `reader` gets `event` as published; `false` when they get {@link publicView} of it: a user's
 * `metadata["@private"]` (contact details, by CometChat's convention) is the user's own and the REST API's,
 * never another user's — the event carries what the REST API read.
 */
export function seesAllOf(reader: StreamReader, event: ProfileEvent): boolean {
  return reader.admin || !('user' in event) || sameUid(event.user.uid, reader.uid);
}

/** `event` without the user's `metadata["@private"]`, as CometChat shows a user to another logged-in user. */
export function publicView(event: ProfileEvent): ProfileEvent {
  if (!('user' in event)) return event;
  const { metadata } = event.user;
  if (!metadata || !('@private' in metadata)) return event;
  const { '@private': _private, ...shared } = metadata;
  const user: User = { ...event.user };
  if (Object.keys(shared).length > 0) user.metadata = shared;
  else delete user.metadata;
  return { ...event, user };
}
