import type { User } from '../types';

/**
 * Something that happened to a CometChat user, as profilekit delivers it live: between the tabs of one
 * browser (a `BroadcastChannel`) and from your backend's event stream (`GET {basePath}/events`) to every
 * device. CometChat itself sends no event when a profile changes; every profile write in a profilekit app
 * passes through a profilekit client or `@profilekit/server`, which publish these.
 *
 * Events that carry `user` carry the user as CometChat stored it (your backend re-reads it with the REST API
 * before publishing); a receiver puts it in its cache as is. Events without `user` make a receiver refetch.
 *
 * @example
 * ```ts
 * const stop = client.subscribeToEvents?.((event) => {
 *   if (event.type === 'user.updated') console.log(`${event.user.uid} is now called ${event.user.name}`);
 *   if (event.type === 'presence') console.log(`${event.uid} is ${event.status}`);
 * });
 * ```
 */
export type ProfileEvent =
  /** A user was created, changed (by themselves or an admin) or reactivated. */
  | { type: 'user.created' | 'user.updated' | 'user.reactivated'; user: User }
  /** A user was deactivated (they are logged out everywhere) or deleted. */
  | { type: 'user.deactivated' | 'user.deleted'; uid: string }
  /** A user came online or went offline (from CometChat's `user_connection_status_changed` webhook or the SDK). */
  | { type: 'presence'; uid: string; status: 'online' | 'offline'; lastActiveAt?: number }
  /** `blocker` blocked or unblocked `blocked` (CometChat's `user_blocked` / `user_unblocked` webhooks). */
  | { type: 'user.blocked' | 'user.unblocked'; blocker: string; blocked: string };

/** The `type` of a {@link ProfileEvent}. */
export type ProfileEventType = ProfileEvent['type'];

/** Receives {@link ProfileEvent}s. */
export type ProfileEventListener = (event: ProfileEvent) => void;

/** A {@link ProfileEvent} saying a user came online or went offline. */
export type PresenceEvent = Extract<ProfileEvent, { type: 'presence' }>;

/** Receives {@link PresenceEvent}s (a {@link ProfileEventListener} is one too). */
export type PresenceListener = (event: PresenceEvent) => void;
