import { openSqliteDatabase } from './sqliteDatabase';
import { LIST_COLUMNS, listColumns, migrate, TAG_COLUMNS, withoutListIndexes } from './sqliteSchema';
import { createSqliteUserList } from './sqliteUserList';
import type { StoredAuthToken, StoredUser, UserStore } from './types';
import { compareCodePoints, tagKeys } from './userQuery';

/** From this many users in one `insertUsers` (and at least as many as stored), indexes are rebuilt after it. */
const BULK_INSERT = 5_000;

type TokenRow = { token: string; uid: string; created_at: number };
type UserRow = { seq: number; data: string };

const tokenFromRow = (row: TokenRow): StoredAuthToken => ({
  uid: row.uid,
  authToken: row.token,
  createdAt: Number(row.created_at),
});

/**
 * A store in a SQLite file: what `pnpm emulator` uses, so users survive restarts. It runs on Node's
 * built-in `node:sqlite` (Node ≥ 22.13, no native build) and falls back to better-sqlite3 on older Node.
 * The database runs in WAL mode with `synchronous=NORMAL` and every write is one transaction, so a
 * write the emulator has answered survives `kill -9`; the WAL is fsynced at checkpoints, not per commit,
 * so only an OS crash or power cut can lose the last commits. Lists, search, filters, sorting
 * and paging run in SQL on indexes and read only the page asked for. `":memory:"` gives a private
 * in-memory database. Node only.
 *
 * @example
 * ```ts
 * const store = createSqliteStore('.data/emulator.sqlite');
 * const emulator = createEmulator({ store });
 * ```
 */
export function createSqliteStore(file: string): UserStore {
  if (file !== ':memory:' && !file.startsWith('file:')) {
    const { dirname } = process.getBuiltinModule('node:path');
    process.getBuiltinModule('node:fs').mkdirSync(dirname(file), { recursive: true });
  }
  const db = openSqliteDatabase(file);
  db.exec(
    'PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;',
  );
  migrate(db);

  const sql = {
    insertUser: db.prepare(`INSERT OR IGNORE INTO users (uid, data, ${LIST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)`),
    getUser: db.prepare('SELECT seq, data FROM users WHERE uid = ?'),
    setUser: db.prepare(
      'UPDATE users SET data = ?, name_key = ?, role_key = ?, status_rank = ?, active = ? WHERE seq = ?',
    ),
    deleteUser: db.prepare('DELETE FROM users WHERE seq = ?'),
    addTag: db.prepare(`INSERT OR IGNORE INTO user_tags (tag, seq, ${TAG_COLUMNS}) VALUES (?, ?, ?, ?, ?)`),
    removeTag: db.prepare('DELETE FROM user_tags WHERE tag = ? AND seq = ?'),
    deleteBlocksOf: db.prepare('DELETE FROM blocks WHERE blocker = ? OR blocked = ?'),
    addToken: db.prepare('INSERT INTO auth_tokens (token, uid, created_at) VALUES (?, ?, ?)'),
    pruneTokens: db.prepare(
      'DELETE FROM auth_tokens WHERE uid = ? AND seq NOT IN (SELECT seq FROM auth_tokens WHERE uid = ? ORDER BY seq DESC LIMIT ?)',
    ),
    getToken: db.prepare('SELECT token, uid, created_at FROM auth_tokens WHERE token = ?'),
    listTokens: db.prepare('SELECT token, uid, created_at FROM auth_tokens WHERE uid = ? ORDER BY seq DESC'),
    deleteToken: db.prepare('DELETE FROM auth_tokens WHERE uid = ? AND token = ?'),
    deleteTokens: db.prepare('DELETE FROM auth_tokens WHERE uid = ?'),
    block: db.prepare('INSERT OR IGNORE INTO blocks (blocker, blocked, created_at) VALUES (?, ?, ?)'),
    unblock: db.prepare('DELETE FROM blocks WHERE blocker = ? AND blocked = ?'),
    blockedBy: db.prepare('SELECT blocked AS uid FROM blocks WHERE blocker = ? ORDER BY seq'),
    blockersOf: db.prepare('SELECT blocker AS uid FROM blocks WHERE blocked = ? ORDER BY seq'),
    blockedAt: db.prepare('SELECT created_at AS at FROM blocks WHERE blocker = ? AND blocked = ?'),
  };

  const row = (uid: string) => sql.getUser.get(uid) as UserRow | undefined;
  const read = (uid: string): StoredUser | undefined => {
    const found = row(uid);
    return found && (JSON.parse(found.data) as StoredUser);
  };
  /** Rewrites the `user_tags` rows of a user whose tags, role, status or activity changed. */
  const setTags = (seq: number, before: StoredUser | undefined, after: StoredUser | undefined) => {
    const columns = (user: StoredUser | undefined) =>
      user && JSON.stringify([tagKeys(user), listColumns(user).slice(1)]);
    if (columns(before) === columns(after)) return;
    for (const tag of before ? tagKeys(before) : []) sql.removeTag.run(tag, seq);
    for (const tag of after ? tagKeys(after) : [])
      sql.addTag.run(tag, seq, ...listColumns(after as StoredUser).slice(1));
  };
  const insert = (user: StoredUser) => {
    const result = sql.insertUser.run(user.uid, JSON.stringify(user), ...listColumns(user)) as {
      changes: number | bigint;
      lastInsertRowid: number | bigint;
    };
    if (Number(result.changes) !== 1) return false;
    setTags(Number(result.lastInsertRowid), undefined, user);
    return true;
  };
  const update = (uid: string, change: (user: StoredUser) => StoredUser | undefined) => {
    const found = row(uid);
    if (!found) return undefined;
    const user = JSON.parse(found.data) as StoredUser;
    const next = change(user);
    if (!next) return undefined;
    const stored = { ...next, uid };
    sql.setUser.run(JSON.stringify(stored), ...listColumns(stored), found.seq);
    setTags(found.seq, user, stored);
    return next;
  };
  const list = createSqliteUserList(db, read);
  const countUsers = db.prepare('SELECT coalesce(sum(n), 0) AS n FROM user_counts');
  const count = () => Number((countUsers.get() as { n: number }).n);

  const strings = (rows: unknown[]) => (rows as { uid: string }[]).map((found) => found.uid);
  return {
    insertUser: db.transaction(insert),
    insertUsers: db.transaction((users: readonly StoredUser[]) => {
      // In uid order, the uid and name indexes grow at their ends instead of everywhere at once.
      const sorted = [...users].sort((a, b) => compareCodePoints(a.uid, b.uid));
      const skip = () => sorted.filter((user) => !insert(user)).map((user) => user.uid);
      return sorted.length >= BULK_INSERT && sorted.length >= count() ? withoutListIndexes(db, skip) : skip();
    }),
    getUser: read,
    listUsers: list,
    updateUser: db.transaction(update),
    updateUsers: db.transaction((uids: readonly string[], change: (user: StoredUser) => StoredUser | undefined) =>
      uids.flatMap((uid) => update(uid, change) ?? []),
    ),
    deleteUser: db.transaction((uid: string) => {
      const found = row(uid);
      if (!found) return false;
      setTags(found.seq, JSON.parse(found.data) as StoredUser, undefined);
      sql.deleteUser.run(found.seq);
      sql.deleteTokens.run(uid);
      sql.deleteBlocksOf.run(uid, uid);
      return true;
    }),

    addAuthToken: db.transaction((token: StoredAuthToken, keep: number) => {
      sql.addToken.run(token.authToken, token.uid, token.createdAt);
      sql.pruneTokens.run(token.uid, token.uid, keep);
    }),
    getAuthToken: (authToken) => {
      const found = sql.getToken.get(authToken) as TokenRow | undefined;
      return found && tokenFromRow(found);
    },
    listAuthTokens: (uid) => (sql.listTokens.all(uid) as TokenRow[]).map(tokenFromRow),
    deleteAuthToken: (uid, authToken) => Number(sql.deleteToken.run(uid, authToken).changes) > 0,
    deleteAuthTokens: (uid) => Number(sql.deleteTokens.run(uid).changes),

    block: db.transaction((blocker: string, uids: readonly string[], at: number) => {
      for (const uid of uids) sql.block.run(blocker, uid, at);
    }),
    unblock: db.transaction((blocker: string, uids: readonly string[]) => {
      for (const uid of uids) sql.unblock.run(blocker, uid);
    }),
    blockedBy: (blocker) => strings(sql.blockedBy.all(blocker)),
    blockersOf: (uid) => strings(sql.blockersOf.all(uid)),
    blockedAt: (blocker, uid) => (sql.blockedAt.get(blocker, uid) as { at: number } | undefined)?.at,

    close: () => db.close(),
  };
}
