import Database from 'better-sqlite3';

/** An account in "your database": the app's own record of a person, next to their CometChat user. */
export interface Account {
  /** Lowercased, as CometChat stores uids. */
  uid: string;
  name: string;
  email: string | null;
  passwordHash: string;
  /** `true` once the CometChat user of this account exists. */
  hasCometChatUser: boolean;
  /** Unix milliseconds. */
  createdAt: number;
}

/** What inserting an account did. */
export type InsertOutcome = 'inserted' | 'uidTaken' | 'emailTaken';

/** The demo backend's account table (SQLite, WAL). */
export interface AccountStore {
  findByUid(uid: string): Account | undefined;
  /** By uid or by email, both case-insensitive. */
  findByLogin(login: string): Account | undefined;
  insert(account: Omit<Account, 'hasCometChatUser' | 'createdAt'>): InsertOutcome;
  /** Keeps the latest name and email a person typed (a retried sign-up may correct them). */
  updateDetails(uid: string, details: { name: string; email: string | null }): InsertOutcome;
  markCometChatUser(uid: string): void;
  count(): number;
  close(): void;
}

interface Row {
  uid: string;
  name: string;
  email: string | null;
  password_hash: string;
  cometchat_user: number;
  created_at: number;
}

const toAccount = (row: Row | undefined): Account | undefined =>
  row && {
    uid: row.uid,
    name: row.name,
    email: row.email,
    passwordHash: row.password_hash,
    hasCometChatUser: row.cometchat_user === 1,
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
    cometchat_user INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  )`);
  const byUid = db.prepare<[string], Row>('SELECT * FROM accounts WHERE uid = ?');
  const byLogin = db.prepare<[string, string], Row>('SELECT * FROM accounts WHERE uid = ? OR email = ?');
  const insert = db.prepare(
    'INSERT INTO accounts (uid, name, email, password_hash, created_at) VALUES (@uid, @name, @email, @passwordHash, @createdAt)',
  );
  const update = db.prepare('UPDATE accounts SET name = @name, email = @email WHERE uid = @uid');
  const mark = db.prepare('UPDATE accounts SET cometchat_user = 1 WHERE uid = ?');
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
    insert: (account) => guard(() => insert.run({ ...account, createdAt: Date.now() })),
    updateDetails: (uid, details) => guard(() => update.run({ uid, ...details })),
    markCometChatUser: (uid) => {
      mark.run(uid);
    },
    count: () => count.get()?.n ?? 0,
    close: () => db.close(),
  };
}
