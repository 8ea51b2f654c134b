import { sameUid, type User } from '@profilekit/core';
import type { QueryClient } from '@tanstack/react-query';
import { invalidateUsers } from '../cache/invalidateUsers';
import { startCachedSession } from '../cache/startCachedSession';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { applyProfileEvent } from './applyProfileEvent';
import type { SignedOutReason, TabMessage } from './TabMessage';

/** Forgets every user of the session: the other tabs' logout, or a deactivation of the logged-in user. */
export function clearSession(queryClient: QueryClient): void {
  void queryClient.cancelQueries({ queryKey: userKeys.all });
  queryClient.removeQueries({ queryKey: userKeys.all });
  queryClient.setQueryData(userKeys.current(), null);
}

async function switchUser(queryClient: QueryClient, user: User): Promise<void> {
  const me = queryClient.getQueryData<User | null>(userKeys.current());
  if (me && sameUid(me.uid, user.uid)) {
    storeUserEverywhere(queryClient, user);
    return;
  }
  // Someone else logged in: nothing of the previous user may stay on screen.
  await startCachedSession(queryClient, user);
}

/** What another tab said, applied to this tab's cache; `onSignedOut` hears a logout there. */
export function applyTabMessage(
  queryClient: QueryClient,
  message: TabMessage,
  onSignedOut: (reason: SignedOutReason) => void,
): void {
  switch (message.type) {
    case 'session.login':
      void switchUser(queryClient, message.user);
      return;
    case 'session.logout': {
      const wasLoggedIn = Boolean(queryClient.getQueryData<User | null>(userKeys.current()));
      clearSession(queryClient);
      if (wasLoggedIn) onSignedOut(message.reason);
      return;
    }
    case 'users.changed':
      invalidateUsers(
        queryClient,
        userKeys.lists(),
        userKeys.infiniteLists(),
        ...message.uids.flatMap((uid) => [userKeys.detail(uid), userKeys.presence(uid)]),
      );
      return;
    default:
      applyProfileEvent(queryClient, message);
  }
}
