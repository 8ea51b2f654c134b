'use client';

import { skipToken, useQuery } from '@tanstack/react-query';
import { type ProfileKitHookOptions, useProfileKit } from '../hooks/useProfileKit';
import { userKeys } from '../queryKeys';
import { findCachedUser } from './findCachedUser';
import { type Presence, presenceOf } from './Presence';

/**
 * Whether a user is online now, and when they were last active, kept live by presence events: CometChat's
 * webhooks through your backend's event stream (`sync.backend` of the provider), or the SDK's user listener.
 * Until the first event it shows what a cached copy of the user says (a list row, their profile); it never
 * sends a request of its own.
 *
 * @example
 * ```tsx
 * const { status, lastActiveAt } = usePresence('superhero1');
 * return status === 'online' ? <span>Online</span> : <LastActive at={lastActiveAt} />;
 * ```
 */
export function usePresence(uid: string, options: ProfileKitHookOptions = {}): Presence {
  const { queryClient } = useProfileKit(options);
  // Written by presence events only (applyProfileEvent); nothing to fetch.
  const { data } = useQuery<Presence>({ queryKey: userKeys.presence(uid), queryFn: skipToken }, queryClient);
  const cached = data ? undefined : findCachedUser(queryClient, uid);
  return data ?? (cached ? presenceOf(cached) : { status: undefined, lastActiveAt: undefined });
}
