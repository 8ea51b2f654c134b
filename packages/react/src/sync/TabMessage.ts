import type { ProfileEvent, User } from '@profilekit/core';

/** Why the provider signed the user out on its own (see `onSignedOut` of {@link ProfileKitProvider}). */
export type SignedOutReason =
  /** The user logged out in another tab of this browser. */
  | 'logout'
  /** An admin deactivated the user (your backend's event stream said so). */
  | 'deactivated'
  /** An admin deleted the user. */
  | 'deleted';

/** A login or logout in one tab, for the others. */
export type SessionEvent = { type: 'session.login'; user: User } | { type: 'session.logout'; reason: SignedOutReason };

/**
 * What the tabs of one browser tell each other: profile events, sessions, and users whose cached copies are
 * stale without a user to put in their place (the other tabs refetch them).
 */
export type TabMessage = ProfileEvent | SessionEvent | { type: 'users.changed'; uids: string[] };
