import type { PresenceEvent, PresenceListener } from '../events/ProfileEvent';
import type { CometChatLike } from './cometChatLike';

let listeners = 0;

/** The presence event an SDK `User` handed to `onUserOnline`/`onUserOffline` stands for, if it names a user. */
function presenceEvent(user: object, status: PresenceEvent['status']): PresenceEvent | undefined {
  const { uid, lastActiveAt } = (user ?? {}) as { uid?: unknown; lastActiveAt?: unknown };
  if (typeof uid !== 'string' || uid === '') return undefined;
  const event: PresenceEvent = { type: 'presence', uid, status };
  if (typeof lastActiveAt === 'number' && Number.isFinite(lastActiveAt)) event.lastActiveAt = lastActiveAt;
  return event;
}

/**
 * Registers a `CometChat.UserListener` under a name of its own and hands each online/offline the SDK's socket
 * reports to `listener` as a presence event; returns how to remove it. A no-op (returning a no-op) when the
 * SDK object has no user listeners. Nothing reaches `listener` after the returned function ran.
 */
export function subscribeToSdkPresence(cometChat: CometChatLike, listener: PresenceListener): () => void {
  const { addUserListener, removeUserListener, UserListener } = cometChat;
  if (!addUserListener || !removeUserListener || !UserListener) return () => {};
  const name = `profilekit-presence-${++listeners}`;
  let active = true;
  const deliver = (user: object, status: PresenceEvent['status']) => {
    const event = active ? presenceEvent(user, status) : undefined;
    if (event) listener(event);
  };
  addUserListener.call(
    cometChat,
    name,
    new UserListener({
      onUserOnline: (user) => deliver(user, 'online'),
      onUserOffline: (user) => deliver(user, 'offline'),
    }),
  );
  return () => {
    if (!active) return;
    active = false;
    removeUserListener.call(cometChat, name);
  };
}
