import type BetterSqlite3 from 'better-sqlite3';
import type { StoredAuthToken, StoredUser, UserStore } from './types';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS users (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  uid TEXT NOT NULL UNIQUE,
  data TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS auth_tokens (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  token TEXT NOT NULL UNIQUE,
  uid TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS auth_tokens_by_uid ON auth_tokens (uid, seq);
CREATE TABLE IF NOT EXISTS blocks (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  blocker TEXT NOT NULL,
  blocked TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  UNIQUE (blocker, blocked)
);
CREATE INDEX IF NOT EXISTS blocks_by_blocked ON blocks (blocked);
`;

type TokenRow = { token: string; uid: string; created_at: number };

const tokenFromRow = (row: TokenRow): StoredAuthToken => ({
  uid: row.uid,
  authToken: row.token,
  createdAt: row.created_at,
});

/**
 * A store in a SQLite file (better-sqlite3): what `pnpm emulator` uses, so users survive restarts.
 * The database runs in WAL mode with `synchronous=FULL` and every write is one transaction, so a
 * write the emulator has answered survives `kill -9` (and a power cut). `":memory:"` gives a private
 * in-memory database. Node only.
 *
 * @example
 * ```ts
 * const store = createSqliteStore('.data/emulator.sqlite');
 * const emulator = createEmulator({ store });
 * ```
 */
export function createSqliteStore(file: string): UserStore {
  // Node built-ins are reached at call time, so importing this package in a browser (memory store) stays possible.
  const { createRequire } = process.getBuiltinModule('node:module');
  const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  if (file !== ':memory:' && !file.startsWith('file:')) {
    const { dirname } = process.getBuiltinModule('node:path');
    process.getBuiltinModule('node:fs').mkdirSync(dirname(file), { recursive: true });
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const sql = {
    insertUser: db.prepare<[string, string]>('INSERT OR IGNORE INTO users (uid, data) VALUES (?, ?)'),
    getUser: db.prepare<[string], { data: string }>('SELECT data FROM users WHERE uid = ?'),
    allUsers: db.prepare<[], { data: string }>('SELECT data FROM users ORDER BY seq'),
    setUser: db.prepare<[string, string]>('UPDATE users SET data = ? WHERE uid = ?'),
    deleteUser: db.prepare<[string]>('DELETE FROM users WHERE uid = ?'),
    deleteBlocksOf: db.prepare<[string, string]>('DELETE FROM blocks WHERE blocker = ? OR blocked = ?'),
    addToken: db.prepare<[string, string, number]>('INSERT INTO auth_tokens (token, uid, created_at) VALUES (?, ?, ?)'),
    pruneTokens: db.prepare<[string, string, number]>(
      'DELETE FROM auth_tokens WHERE uid = ? AND seq NOT IN (SELECT seq FROM auth_tokens WHERE uid = ? ORDER BY seq DESC LIMIT ?)',
    ),
    getToken: db.prepare<[string], TokenRow>('SELECT token, uid, created_at FROM auth_tokens WHERE token = ?'),
    listTokens: db.prepare<[string], TokenRow>(
      'SELECT token, uid, created_at FROM auth_tokens WHERE uid = ? ORDER BY seq DESC',
    ),
    deleteToken: db.prepare<[string, string]>('DELETE FROM auth_tokens WHERE uid = ? AND token = ?'),
    deleteTokens: db.prepare<[string]>('DELETE FROM auth_tokens WHERE uid = ?'),
    block: db.prepare<[string, string, number]>(
      'INSERT OR IGNORE INTO blocks (blocker, blocked, created_at) VALUES (?, ?, ?)',
    ),
    unblock: db.prepare<[string, string]>('DELETE FROM blocks WHERE blocker = ? AND blocked = ?'),
    blockedBy: db.prepare<[string], { uid: string }>(
      'SELECT blocked AS uid FROM blocks WHERE blocker = ? ORDER BY seq',
    ),
    blockersOf: db.prepare<[string], { uid: string }>(
      'SELECT blocker AS uid FROM blocks WHERE blocked = ? ORDER BY seq',
    ),
  };

  const read = (uid: string): StoredUser | undefined => {
    const row = sql.getUser.get(uid);
    return row && (JSON.parse(row.data) as StoredUser);
  };
  const insert = (user: StoredUser) => sql.insertUser.run(user.uid, JSON.stringify(user)).changes === 1;
  const update = (uid: string, change: (user: StoredUser) => StoredUser | undefined) => {
    const user = read(uid);
    const next = user && change(user);
    if (next) sql.setUser.run(JSON.stringify({ ...next, uid }), uid);
    return next;
  };

  return {
    insertUser: db.transaction(insert),
    insertUsers: db.transaction((users: readonly StoredUser[]) =>
      users.filter((user) => !insert(user)).map((user) => user.uid),
    ),
    getUser: read,
    allUsers: () => sql.allUsers.all().map((row) => JSON.parse(row.data) as StoredUser),
    updateUser: db.transaction(update),
    updateUsers: db.transaction((uids: readonly string[], change: (user: StoredUser) => StoredUser | undefined) =>
      uids.flatMap((uid) => update(uid, change) ?? []),
    ),
    deleteUser: db.transaction((uid: string) => {
      if (sql.deleteUser.run(uid).changes === 0) return false;
      sql.deleteTokens.run(uid);
      sql.deleteBlocksOf.run(uid, uid);
      return true;
    }),

    addAuthToken: db.transaction((token: StoredAuthToken, keep: number) => {
      sql.addToken.run(token.authToken, token.uid, token.createdAt);
      sql.pruneTokens.run(token.uid, token.uid, keep);
    }),
    getAuthToken: (authToken) => {
      const row = sql.getToken.get(authToken);
      return row && tokenFromRow(row);
    },
    listAuthTokens: (uid) => sql.listTokens.all(uid).map(tokenFromRow),
    deleteAuthToken: (uid, authToken) => sql.deleteToken.run(uid, authToken).changes > 0,
    deleteAuthTokens: (uid) => sql.deleteTokens.run(uid).changes,

    block: db.transaction((blocker: string, uids: readonly string[], at: number) => {
      for (const uid of uids) sql.block.run(blocker, uid, at);
    }),
    unblock: db.transaction((blocker: string, uids: readonly string[]) => {
      for (const uid of uids) sql.unblock.run(blocker, uid);
    }),
    blockedBy: (blocker) => sql.blockedBy.all(blocker).map((row) => row.uid),
    blockersOf: (uid) => sql.blockersOf.all(uid).map((row) => row.uid),

    close: () => db.close(),
  };
}
