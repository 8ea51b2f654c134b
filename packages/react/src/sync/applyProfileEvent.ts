import { type ProfileEvent, sameUid, type User } from '@profilekit/core';
import type { QueryClient } from '@tanstack/react-query';
import { editCachedUsers } from '../cache/editCachedUsers';
import { invalidateUsers } from '../cache/invalidateUsers';
import { asDeactivated, asErased, asReactivated } from '../cache/userActivation';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { type Presence, presenceOf } from './Presence';

const listKeys = () => [userKeys.lists(), userKeys.infiniteLists()];

function setPresence(queryClient: QueryClient, uid: string, presence: Presence, onlyIfKnown: boolean): void {
  const key = userKeys.presence(uid);
  if (onlyIfKnown && queryClient.getQueryData(key) === undefined) return;
  queryClient.setQueryData<Presence>(key, presence);
}

function storeUser(queryClient: QueryClient, user: User): void {
  storeUserEverywhere(queryClient, user);
  if (user.status !== undefined) setPresence(queryClient, user.uid, presenceOf(user), true);
}

function currentUid(queryClient: QueryClient): string | undefined {
  return queryClient.getQueryData<User | null>(userKeys.current())?.uid;
}

function applyBlock(queryClient: QueryClient, blocker: string, blocked: string, on: boolean): void {
  const me = currentUid(queryClient);
  if (me === undefined) return;
  if (sameUid(me, blocker)) editCachedUsers(queryClient, [blocked], (user) => ({ ...user, blockedByMe: on }));
  if (sameUid(me, blocked)) editCachedUsers(queryClient, [blocker], (user) => ({ ...user, hasBlockedMe: on }));
}

/**
 * Puts what a {@link ProfileEvent} says into every cached copy of the user — the current user, `useUser`,
 * each `useUsers` page and `useInfiniteUsers` page, `usePresence` — without a request when the event carries
 * the user; lists a user may join or leave are refetched in the background. The provider's sync calls it
 * for what other tabs and your backend's event stream report; call it yourself for events of your own.
 *
 * @example
 * ```ts
 * const stop = client.subscribeToEvents((event) => applyProfileEvent(queryClient, event));
 * ```
 */
export function applyProfileEvent(queryClient: QueryClient, event: ProfileEvent): void {
  switch (event.type) {
    case 'user.created':
      storeUser(queryClient, event.user);
      invalidateUsers(queryClient, ...listKeys());
      return;
    case 'user.updated':
      storeUser(queryClient, event.user);
      return;
    case 'user.reactivated':
      editCachedUsers(queryClient, [event.user.uid], asReactivated);
      storeUser(queryClient, event.user);
      invalidateUsers(queryClient, ...listKeys());
      return;
    case 'user.deactivated':
      editCachedUsers(queryClient, [event.uid], asDeactivated);
      return;
    case 'user.deleted':
      editCachedUsers(queryClient, [event.uid], asErased);
      queryClient.removeQueries({ queryKey: userKeys.detail(event.uid), exact: true });
      return;
    case 'presence': {
      const { uid, status, lastActiveAt } = event;
      editCachedUsers(queryClient, [uid], (user) => ({
        ...user,
        status,
        lastActiveAt: lastActiveAt ?? user.lastActiveAt,
      }));
      const before = queryClient.getQueryData<Presence>(userKeys.presence(uid));
      setPresence(queryClient, uid, { status, lastActiveAt: lastActiveAt ?? before?.lastActiveAt }, false);
      return;
    }
    case 'user.blocked':
    case 'user.unblocked':
      applyBlock(queryClient, event.blocker, event.blocked, event.type === 'user.blocked');
      return;
  }
}
