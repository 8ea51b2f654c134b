import type { SqlDatabase } from './sqliteDatabase';
import type { StoredUser } from './types';
import { nameKey, statusRank, tagKeys } from './userQuery';

/**
 * Users are kept as JSON (`data`) beside the columns lists filter and sort on. `users_by_name` covers
 * every filter column, so a list walks it in order without reading rows; `user_tags` serves the tag
 * filter, and repeats the role, status and active columns so a tag's total is counted without reading users; `user_counts` (kept by triggers) answers totals of the common filters without counting rows.
 */
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

/** Version 1: list columns, indexes, tags and counts (version 0 kept only `data`). */
const LIST_SCHEMA = `
ALTER TABLE users ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN role_key TEXT NOT NULL DEFAULT '';
ALTER TABLE users ADD COLUMN status_rank INTEGER NOT NULL DEFAULT 1;
ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
CREATE TABLE user_tags (
  tag TEXT NOT NULL,
  seq INTEGER NOT NULL,
  role_key TEXT NOT NULL,
  status_rank INTEGER NOT NULL,
  active INTEGER NOT NULL,
  PRIMARY KEY (tag, seq)
) WITHOUT ROWID;
CREATE TABLE user_counts (
  active INTEGER NOT NULL,
  status_rank INTEGER NOT NULL,
  role_key TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (active, status_rank, role_key)
) WITHOUT ROWID;
`;

/** Keep `user_counts` up to date on every write. */
const COUNT_TRIGGERS = `
CREATE TRIGGER users_counted AFTER INSERT ON users BEGIN
  INSERT INTO user_counts VALUES (new.active, new.status_rank, new.role_key, 1)
    ON CONFLICT (active, status_rank, role_key) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER users_uncounted AFTER DELETE ON users BEGIN
  UPDATE user_counts SET n = n - 1
    WHERE active = old.active AND status_rank = old.status_rank AND role_key = old.role_key;
END;
CREATE TRIGGER users_recounted AFTER UPDATE OF active, status_rank, role_key ON users BEGIN
  UPDATE user_counts SET n = n - 1
    WHERE active = old.active AND status_rank = old.status_rank AND role_key = old.role_key;
  INSERT INTO user_counts VALUES (new.active, new.status_rank, new.role_key, 1)
    ON CONFLICT (active, status_rank, role_key) DO UPDATE SET n = n + 1;
END;
`;
/** The list indexes; `users.uid` has its own (UNIQUE). */
const LIST_INDEXES = `
CREATE INDEX users_by_name ON users (name_key, uid, active, status_rank, role_key);
CREATE INDEX users_by_role ON users (role_key);
CREATE INDEX users_by_status ON users (status_rank);
CREATE INDEX users_deactivated ON users (uid) WHERE active = 0;
`;

/** The list columns of a user, in the order of {@link LIST_COLUMNS}. */
export function listColumns(user: StoredUser): [string, string, number, number] {
  return [nameKey(user.name), user.role.toLowerCase(), statusRank(user), user.deactivatedAt === undefined ? 1 : 0];
}
export const LIST_COLUMNS = 'name_key, role_key, status_rank, active';
/** The columns `user_tags` repeats: {@link listColumns} but the name. */
export const TAG_COLUMNS = 'role_key, status_rank, active';

function recount(db: SqlDatabase) {
  db.exec(`DELETE FROM user_counts;
    INSERT INTO user_counts SELECT active, status_rank, role_key, count(*) FROM users GROUP BY 1, 2, 3;`);
}

/**
 * Runs a bulk insert (seeding) with the list indexes and count triggers dropped, then rebuilds them:
 * one sort per index instead of a million scattered index updates. Call it inside a transaction.
 */
export function withoutListIndexes<R>(db: SqlDatabase, insert: () => R): R {
  const names = (type: string, sql: string) =>
    [...sql.matchAll(new RegExp(`CREATE ${type} (\\w+)`, 'g'))].map((m) => m[1]);
  for (const name of names('TRIGGER', COUNT_TRIGGERS)) db.exec(`DROP TRIGGER ${name}`);
  for (const name of names('INDEX', LIST_INDEXES)) db.exec(`DROP INDEX ${name}`);
  const result = insert();
  recount(db);
  db.exec(COUNT_TRIGGERS);
  db.exec(LIST_INDEXES);
  return result;
}

/** Creates the tables, or brings a database of an older emulator up to date (filling the list columns). */
export function migrate(db: SqlDatabase): void {
  db.exec(SCHEMA);
  const { user_version: version } = db.prepare('PRAGMA user_version').get() as { user_version: number };
  if (version >= 1) return;
  db.transaction(() => {
    db.exec(LIST_SCHEMA);
    const rows = db.prepare('SELECT seq, data FROM users').all() as { seq: number; data: string }[];
    const set = db.prepare('UPDATE users SET name_key = ?, role_key = ?, status_rank = ?, active = ? WHERE seq = ?');
    const tag = db.prepare(`INSERT OR IGNORE INTO user_tags (tag, seq, ${TAG_COLUMNS}) VALUES (?, ?, ?, ?, ?)`);
    for (const row of rows) {
      const user = JSON.parse(row.data) as StoredUser;
      set.run(...listColumns(user), row.seq);
      for (const key of tagKeys(user)) tag.run(key, row.seq, ...listColumns(user).slice(1));
    }
    db.exec(COUNT_TRIGGERS);
    recount(db);
    db.exec(LIST_INDEXES);
    db.exec('PRAGMA user_version = 1');
  })();
}
