import { randomUUID } from 'node:crypto';
import { normalizeUid } from '@profilekit/core';
import { openSqliteFile } from '../sqliteFile';
import type { AccountRepository, InsertOutcome } from './AccountRepository';
import { type AccountRow, toAccount } from './accountRow';

// SQLite's own message, the same from node:sqlite and better-sqlite3 (a primary key reports itself as UNIQUE too).
const isUniqueViolation = (error: unknown, column: string) =>
  error instanceof Error && error.message.includes(`UNIQUE constraint failed: accounts.${column}`);

/**
 * Opens (or creates) the account table in a SQLite file (WAL, `synchronous = FULL`: an acknowledged
 * sign-up survives `kill -9`); node:sqlite on Node ≥ 22.13, better-sqlite3 on Node 20. One process only.
 *
 * @example
 * ```ts
 * const accounts = openSqliteAccounts('.data/demo-accounts.sqlite');
 * await accounts.insert({ uid: 'kevin', name: 'Kevin', email: null, passwordHash });
 * ```
 */
export function openSqliteAccounts(file: string): AccountRepository {
  const db = openSqliteFile(file);
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec(`CREATE TABLE IF NOT EXISTS accounts (
    uid TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT UNIQUE,
    password_hash TEXT NOT NULL,
    account_id TEXT NOT NULL DEFAULT '',
    cometchat_user INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'active',
    created_at INTEGER NOT NULL
  )`);
  // Databases from before account ids: add the column and give every row one.
  const columns = db.prepare('PRAGMA table_info(accounts)').all() as { name: string }[];
  if (!columns.some((column) => column.name === 'account_id')) {
    db.exec("ALTER TABLE accounts ADD COLUMN account_id TEXT NOT NULL DEFAULT ''");
  }
  if (!columns.some((column) => column.name === 'state')) {
    db.exec("ALTER TABLE accounts ADD COLUMN state TEXT NOT NULL DEFAULT 'active'");
  }
  const withoutId = db.prepare("SELECT uid FROM accounts WHERE account_id = ''").all() as { uid: string }[];
  for (const { uid } of withoutId) {
    db.prepare('UPDATE accounts SET account_id = ? WHERE uid = ?').run(randomUUID(), uid);
  }
  const byUid = db.prepare('SELECT * FROM accounts WHERE uid = ?');
  const byLogin = db.prepare('SELECT * FROM accounts WHERE uid = ? OR email = ?');
  const insert = db.prepare(
    `INSERT INTO accounts (uid, name, email, password_hash, account_id, cometchat_user, created_at)
     VALUES (@uid, @name, @email, @passwordHash, @accountId, @complete, @createdAt)`,
  );
  const update = db.prepare('UPDATE accounts SET name = @name, email = @email WHERE uid = @uid');
  const mark = db.prepare('UPDATE accounts SET cometchat_user = 1 WHERE uid = ?');
  const setState = db.prepare(
    "UPDATE accounts SET state = @state WHERE uid = @uid AND (state != 'deleted' OR @state = 'deleted')",
  );
  const remove = db.prepare('DELETE FROM accounts WHERE uid = ? AND cometchat_user = 0');
  const count = db.prepare('SELECT count(*) AS n FROM accounts');
  const guard = (write: () => void): InsertOutcome => {
    try {
      write();
      return 'inserted';
    } catch (error) {
      if (isUniqueViolation(error, 'uid')) return 'uidTaken';
      if (isUniqueViolation(error, 'email')) return 'emailTaken';
      throw error;
    }
  };
  return {
    kind: 'sqlite',
    findByUid: async (uid) => toAccount(byUid.get(normalizeUid(uid)) as AccountRow | undefined),
    findByLogin: async (login) =>
      toAccount(byLogin.get(login.toLowerCase(), login.toLowerCase()) as AccountRow | undefined),
    // Named parameters spelled out: node:sqlite refuses a key the statement does not name.
    insert: async ({ uid, name, email, passwordHash }, { complete = false } = {}) =>
      guard(() =>
        insert.run({
          uid,
          name,
          email,
          passwordHash,
          accountId: randomUUID(),
          complete: complete ? 1 : 0,
          createdAt: Date.now(),
        }),
      ),
    updateDetails: async (uid, { name, email }) => guard(() => update.run({ uid, name, email })),
    markCometChatUser: async (uid) => {
      mark.run(uid);
    },
    setState: async (uids, state) => {
      db.exec('BEGIN');
      try {
        for (const uid of uids) setState.run({ uid: normalizeUid(uid), state });
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    remove: async (uid) => {
      remove.run(uid);
    },
    count: async () => (count.get() as { n: number } | undefined)?.n ?? 0,
    close: async () => db.close(),
  };
}
