import { createMemoryUserIndex } from './memoryUserIndex';
import type { StoredAuthToken, StoredUser, UserStore } from './types';

/**
 * A store that keeps everything in memory: for tests, Storybook, throw-away demos and `--db :memory:`.
 * Works in browsers too. Lists read secondary indexes (role, tag, status, uid and name order), not every user.
 *
 * @example
 * ```ts
 * const emulator = createEmulator({ store: createMemoryStore() });
 * ```
 */
export function createMemoryStore(): UserStore {
  const users = new Map<string, StoredUser>();
  const tokens = new Map<string, StoredAuthToken>();
  /** blocker → (blocked uid → when, unix seconds), in blocking order. */
  const blocks = new Map<string, Map<string, number>>();
  const index = createMemoryUserIndex(users);
  const copy = (user: StoredUser): StoredUser => structuredClone(user);

  const store: UserStore = {
    insertUser(user) {
      if (users.has(user.uid)) return false;
      const stored = copy(user);
      users.set(user.uid, stored);
      index.add(stored);
      return true;
    },
    insertUsers(list) {
      return list.filter((user) => !store.insertUser(user)).map((user) => user.uid);
    },
    getUser: (uid) => {
      const user = users.get(uid);
      return user && copy(user);
    },
    listUsers(query) {
      const { users: page, total } = index.list(query);
      return { users: page.map(copy), total };
    },
    updateUser(uid, change) {
      const user = users.get(uid);
      const next = user && change(copy(user));
      if (!user || !next) return undefined;
      const stored = copy({ ...next, uid });
      users.set(uid, stored);
      index.replace(user, stored);
      return copy(next);
    },
    updateUsers(uids, change) {
      return uids.flatMap((uid) => store.updateUser(uid, change) ?? []);
    },
    deleteUser(uid) {
      const user = users.get(uid);
      if (!user) return false;
      users.delete(uid);
      index.remove(user);
      store.deleteAuthTokens(uid);
      blocks.delete(uid);
      for (const blocked of blocks.values()) blocked.delete(uid);
      return true;
    },

    addAuthToken(token, keep) {
      tokens.set(token.authToken, { ...token });
      const own = store.listAuthTokens(token.uid);
      for (const old of own.slice(keep)) tokens.delete(old.authToken);
    },
    getAuthToken: (authToken) => {
      const token = tokens.get(authToken);
      return token && { ...token };
    },
    listAuthTokens: (uid) =>
      [...tokens.values()]
        .filter((token) => token.uid === uid)
        .reverse()
        .map((token) => ({ ...token })),
    deleteAuthToken(uid, authToken) {
      return tokens.get(authToken)?.uid === uid && tokens.delete(authToken);
    },
    deleteAuthTokens(uid) {
      const own = store.listAuthTokens(uid);
      for (const token of own) tokens.delete(token.authToken);
      return own.length;
    },

    block(blocker, uids, at) {
      const blocked = blocks.get(blocker) ?? new Map<string, number>();
      for (const uid of uids) if (!blocked.has(uid)) blocked.set(uid, at);
      blocks.set(blocker, blocked);
    },
    unblock(blocker, uids) {
      for (const uid of uids) blocks.get(blocker)?.delete(uid);
    },
    blockedBy: (blocker) => [...(blocks.get(blocker)?.keys() ?? [])],
    blockedAt: (blocker, uid) => blocks.get(blocker)?.get(uid),
    blockersOf: (uid) => [...blocks].filter(([, blocked]) => blocked.has(uid)).map(([blocker]) => blocker),

    close() {},
  };
  return store;
}
