import { type ProfileEvent, type ProfileEventListener, sameUid, type User, type UserClient } from '@profilekit/core';
import type { QueryClient } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';
import { applyProfileEvent } from './applyProfileEvent';
import { applyTabMessage, clearSession } from './applyTabMessage';
import { openTabChannel } from './openTabChannel';
import { onTabMessagePublished } from './publishTabMessages';
import type { SignedOutReason } from './TabMessage';

/** A client with your backend's event stream (`withBackend`). */
type StreamingClient = UserClient & {
  subscribeToEvents(listener: ProfileEventListener, options?: { onError?: (error: unknown) => void }): () => void;
};

/** What {@link startProfileSync} works with. */
export interface ProfileSyncSetup {
  queryClient: QueryClient;
  client: UserClient;
  tabs: boolean;
  backend: boolean | undefined;
  presence?: boolean;
  channel: string;
  onSignedOut: (reason: SignedOutReason) => void;
}

/** The smallest gap between two refetches of the current user when a hidden tab is shown again. */
const FOCUS_REFETCH_GAP_MS = 5000;

const streams = (client: UserClient): client is StreamingClient =>
  typeof (client as Partial<StreamingClient>).subscribeToEvents === 'function';

const currentUid = (queryClient: QueryClient) => queryClient.getQueryData<User | null>(userKeys.current())?.uid;

function refetchWhenShown(queryClient: QueryClient): () => void {
  if (typeof document === 'undefined') return () => {};
  let hidden = document.visibilityState === 'hidden';
  let last = 0;
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') {
      hidden = true;
      return;
    }
    if (!hidden || Date.now() - last < FOCUS_REFETCH_GAP_MS) return;
    hidden = false;
    last = Date.now();
    void queryClient.refetchQueries({ queryKey: userKeys.current(), exact: true });
  };
  document.addEventListener('visibilitychange', onVisibility);
  return () => document.removeEventListener('visibilitychange', onVisibility);
}

/** Follows the backend's stream while someone is logged in, anew for each user. */
function followBackend(
  queryClient: QueryClient,
  client: StreamingClient,
  onEvent: (event: ProfileEvent, uid: string) => void,
): () => void {
  let following: string | undefined;
  let stop: (() => void) | undefined;
  const follow = () => {
    const uid = currentUid(queryClient);
    if (uid === following || (uid && following && sameUid(uid, following))) return;
    stop?.();
    stop = undefined;
    following = uid;
    if (uid) stop = client.subscribeToEvents((event) => onEvent(event, uid), { onError: () => {} });
  };
  follow();
  const unsubscribe = queryClient.getQueryCache().subscribe(follow);
  return () => {
    unsubscribe();
    stop?.();
  };
}

/**
 * Keeps one provider's cache live: what other tabs, your backend and the SDK's user listener report lands in
 * it, what this tab's hooks do reaches the other tabs. Loaded lazily by the provider; returns how to stop.
 */
export function startProfileSync(setup: ProfileSyncSetup) {
  const { queryClient, client, tabs, backend, presence, channel, onSignedOut } = setup;
  const stops: Array<() => void> = [];
  // The SDK's socket reports presence on its own, whoever is logged in; the backend's stream may report it too.
  if (presence !== false && client.subscribeToPresence) {
    stops.push(client.subscribeToPresence((event) => applyProfileEvent(queryClient, event)));
  }
  const tabChannel = tabs ? openTabChannel(channel, (m) => applyTabMessage(queryClient, m, onSignedOut)) : undefined;
  if (tabChannel) {
    stops.push(
      onTabMessagePublished(queryClient, tabChannel.post),
      () => tabChannel.close(),
      refetchWhenShown(queryClient),
    );
  }
  if (backend !== false && streams(client)) {
    const signOut = (reason: SignedOutReason) => {
      clearSession(queryClient);
      tabChannel?.post({ type: 'session.logout', reason });
      client.logout().catch(() => {});
      onSignedOut(reason);
    };
    const onEvent = (event: ProfileEvent, uid: string) => {
      applyProfileEvent(queryClient, event);
      if ((event.type === 'user.deactivated' || event.type === 'user.deleted') && sameUid(event.uid, uid)) {
        signOut(event.type === 'user.deleted' ? 'deleted' : 'deactivated');
      }
    };
    stops.push(followBackend(queryClient, client, onEvent));
  }
  return () => {
    for (const stop of stops) stop();
  };
}
