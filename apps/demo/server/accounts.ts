import { randomUUID } from 'node:crypto';
import { normalizeUid } from '@profilekit/core';
import { openSqliteFile } from './sqliteFile';

/** An account in "your database": the app's own record of a person, next to their CometChat user. */
export interface Account {
  /** Lowercased, as CometChat stores uids. */
  uid: string;
  name: string;
  email: string | null;
  passwordHash: string;
  /** A random id of this row, stable across retries: the sign-up marks its CometChat user with a hash of it. */
  accountId: string;
  /** `true` once the CometChat user of this account exists. */
  hasCometChatUser: boolean;
  /** `active`, or frozen after an admin deactivated or deleted its CometChat user (the row stays: the uid is not free). */
  state: AccountState;
  /** Unix milliseconds. */
  createdAt: number;
}

/** Whether the account may log in: frozen rows keep their uid and email reserved. */
export type AccountState = 'active' | 'deactivated' | 'deleted';

/** What inserting an account did. */
export type InsertOutcome = 'inserted' | 'uidTaken' | 'emailTaken';

/** The demo backend's account table (SQLite, WAL; node:sqlite on Node ≥ 22.13, better-sqlite3 on Node 20). */
export interface AccountStore {
  findByUid(uid: string): Account | undefined;
  /** By uid or by email, both case-insensitive. */
  findByLogin(login: string): Account | undefined;
  insert(
    account: Omit<Account, 'hasCometChatUser' | 'createdAt' | 'accountId' | 'state'>,
    options?: { complete?: boolean },
  ): InsertOutcome;
  /** Keeps the latest name and email a person typed (a retried sign-up may correct them). */
  updateDetails(uid: string, details: { name: string; email: string | null }): InsertOutcome;
  markCometChatUser(uid: string): void;
  /** Freezes or unfreezes accounts (a deleted one stays deleted). */
  setState(uids: readonly string[], state: AccountState): void;
  /** Removes an account whose sign-up could not complete (its uid belongs to another CometChat user). */
  remove(uid: string): void;
  count(): number;
  close(): void;
}

interface Row {
  uid: string;
  name: string;
  email: string | null;
  password_hash: string;
  account_id: string;
  cometchat_user: number;
  state: AccountState;
  created_at: number;
}

const toAccount = (row: Row | undefined): Account | undefined =>
  row && {
    uid: row.uid,
    name: row.name,
    email: row.email,
    passwordHash: row.password_hash,
    accountId: row.account_id,
    hasCometChatUser: row.cometchat_user === 1,
    state: row.state,
    createdAt: row.created_at,
  };

// SQLite's own message, the same from node:sqlite and better-sqlite3 (a primary key reports itself as UNIQUE too).
const isUniqueViolation = (error: unknown, column: string) =>
  error instanceof Error && error.message.includes(`UNIQUE constraint failed: accounts.${column}`);

/**
 * Opens (or creates) the account database. uid is the primary key and email is unique, so two
 * registrations of the same uid can never both be stored.
 *
 * @example
 * ```ts
 * const accounts = openAccountStore('.data/demo-accounts.sqlite');
 * accounts.insert({ uid: 'kevin', name: 'Kevin', email: null, passwordHash });
 * ```
 */
export function openAccountStore(file: string): AccountStore {
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
    findByUid: (uid) => toAccount(byUid.get(normalizeUid(uid)) as Row | undefined),
    findByLogin: (login) => toAccount(byLogin.get(login.toLowerCase(), login.toLowerCase()) as Row | undefined),
    // Named parameters spelled out: node:sqlite refuses a key the statement does not name.
    insert: ({ uid, name, email, passwordHash }, { complete = false } = {}) =>
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
    updateDetails: (uid, { name, email }) => guard(() => update.run({ uid, name, email })),
    markCometChatUser: (uid) => {
      mark.run(uid);
    },
    setState: (uids, state) => {
      db.exec('BEGIN');
      try {
        for (const uid of uids) setState.run({ uid: normalizeUid(uid), state });
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    remove: (uid) => {
      remove.run(uid);
    },
    count: () => (count.get() as { n: number } | undefined)?.n ?? 0,
    close: () => db.close(),
  };
}
