import type { StoredUser, UserStore } from '../store/types';
import type { WebhookBody, WebhookSender } from './webhookSender';

/** What presence tracking needs. */
export interface PresenceOptions {
  appId: string;
  /** Where webhooks go; none: presence is still tracked, nothing is sent. */
  webhooks?: WebhookSender;
  /** Seconds without a request before an online user goes offline; `0` never. */
  timeoutSeconds: number;
  /** Milliseconds since the epoch. */
  now: () => number;
}

/** The user as CometChat's webhooks show an entity. */
const entity = (user: StoredUser) => ({
  uid: user.uid,
  name: user.name,
  ...(user.avatar && { avatar: user.avatar }),
  status: user.status,
  role: user.role,
  ...(user.lastActiveAt !== undefined && { lastActiveAt: user.lastActiveAt }),
});

/**
 * Wraps a {@link UserStore} so that presence follows CometChat's docs and is announced as its webhooks are:
 * every change of a user's `status` (online at login — `PUT /me` — offline at logout, deactivation or after
 * `timeoutSeconds` without a request) sends `user_connection_status_changed`, and every block or unblock
 * sends `user_blocked` / `user_unblocked`, in CometChat's documented shape. The routes stay as they are:
 * they change the store, the wrapper sees the change. `sweep()` turns idle users offline (a timer calls it).
 */
export function observePresence(store: UserStore, options: PresenceOptions) {
  const { appId, webhooks, timeoutSeconds, now } = options;
  const send = (trigger: string, data: Record<string, unknown>) =>
    webhooks?.send({ trigger, data, appId, region: 'emulator', webhook: 'profilekit-emulator' } satisfies WebhookBody);
  const announce = (before: StoredUser | undefined, after: StoredUser | undefined) => {
    if (!after || before?.status === after.status) return;
    const online = after.status === 'online';
    send('user_connection_status_changed', {
      timestamp: now(),
      user: entity(after),
      status: online ? 'online' : 'offline',
      currentConnection: { action: online ? 'connected' : 'disconnected', platform: 'javascript', connectedAt: now() },
      userPresenceChanged: true,
    });
  };
  const blocking = (trigger: 'user_blocked' | 'user_unblocked', blocker: string, uids: readonly string[]) => {
    const by = store.getUser(blocker);
    const users = Object.fromEntries(
      uids.flatMap((uid) => {
        const user = store.getUser(uid);
        return user ? [[user.uid, entity(user)]] : [];
      }),
    );
    if (by && Object.keys(users).length > 0) send(trigger, { users, by: entity(by) });
  };
  const observed: UserStore = {
    ...bound(store),
    updateUser(uid, change) {
      const before = store.getUser(uid);
      const after = store.updateUser(uid, change);
      announce(before, after);
      return after;
    },
    updateUsers(uids, change) {
      const before = new Map(uids.map((uid) => [uid, store.getUser(uid)?.status]));
      const after = store.updateUsers(uids, change);
      for (const user of after) announce({ status: before.get(user.uid) } as StoredUser, user);
      return after;
    },
    block(blocker, uids, at) {
      store.block(blocker, uids, at);
      blocking('user_blocked', blocker, uids);
    },
    unblock(blocker, uids) {
      store.unblock(blocker, uids);
      blocking('user_unblocked', blocker, uids);
    },
  };
  /** Online users whose last request is older than the timeout go offline (one webhook each). */
  const sweep = () => {
    if (timeoutSeconds <= 0) return;
    const idleSince = Math.floor(now() / 1000) - timeoutSeconds;
    const online = store.listUsers({
      searchIn: ['uid', 'name'],
      status: 'online',
      deactivated: 'exclude',
      sortBy: 'name',
      sortOrder: 'asc',
      offset: 0,
      limit: 1000,
    });
    for (const user of online.users) {
      if ((user.lastActiveAt ?? 0) > idleSince) continue;
      observed.updateUser(user.uid, (current) =>
        current.status === 'online' && (current.lastActiveAt ?? 0) <= idleSince
          ? { ...current, status: 'offline' }
          : undefined,
      );
    }
  };
  return { store: observed, sweep };
}

/** The store's methods bound to it, so spreading them keeps `this` (a class-based store works too). */
function bound(store: UserStore): UserStore {
  const methods = {} as Record<string, unknown>;
  let proto: object | null = store;
  while (proto && proto !== Object.prototype) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const value = (store as unknown as Record<string, unknown>)[name];
      if (typeof value === 'function' && name !== 'constructor' && !(name in methods)) {
        methods[name] = (value as (...args: unknown[]) => unknown).bind(store);
      }
    }
    proto = Object.getPrototypeOf(proto);
  }
  return methods as unknown as UserStore;
}
