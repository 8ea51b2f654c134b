import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

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

/** The demo backend's account table (SQLite, WAL). */
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

const isUniqueViolation = (error: unknown, column: string) =>
  error instanceof Error &&
  (error as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT') === true &&
  error.message.includes(`accounts.${column}`);

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
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
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
  const columns = db.prepare<[], { name: string }>('PRAGMA table_info(accounts)').all();
  if (!columns.some((column) => column.name === 'account_id')) {
    db.exec("ALTER TABLE accounts ADD COLUMN account_id TEXT NOT NULL DEFAULT ''");
  }
  if (!columns.some((column) => column.name === 'state')) {
    db.exec("ALTER TABLE accounts ADD COLUMN state TEXT NOT NULL DEFAULT 'active'");
  }
  for (const { uid } of db.prepare<[], { uid: string }>("SELECT uid FROM accounts WHERE account_id = ''").all()) {
    db.prepare('UPDATE accounts SET account_id = ? WHERE uid = ?').run(randomUUID(), uid);
  }
  const byUid = db.prepare<[string], Row>('SELECT * FROM accounts WHERE uid = ?');
  const byLogin = db.prepare<[string, string], Row>('SELECT * FROM accounts WHERE uid = ? OR email = ?');
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
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM accounts');
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
    findByUid: (uid) => toAccount(byUid.get(uid.toLowerCase())),
    findByLogin: (login) => toAccount(byLogin.get(login.toLowerCase(), login.toLowerCase())),
    insert: (account, { complete = false } = {}) =>
      guard(() =>
        insert.run({ ...account, accountId: randomUUID(), complete: complete ? 1 : 0, createdAt: Date.now() }),
      ),
    updateDetails: (uid, details) => guard(() => update.run({ uid, ...details })),
    markCometChatUser: (uid) => {
      mark.run(uid);
    },
    setState: (uids, state) => {
      db.transaction(() => {
        for (const uid of uids) setState.run({ uid: uid.toLowerCase(), state });
      })();
    },
    remove: (uid) => {
      remove.run(uid);
    },
    count: () => count.get()?.n ?? 0,
    close: () => db.close(),
  };
}
