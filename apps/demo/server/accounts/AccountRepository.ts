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

/** A new account's fields (the repository gives it an `accountId`, a `createdAt` and the `active` state). */
export type NewAccount = Omit<Account, 'hasCometChatUser' | 'createdAt' | 'accountId' | 'state'>;

/**
 * The demo backend's accounts, wherever they live: SQLite (one file, the default for `pnpm dev`) or
 * Postgres (`DATABASE_URL`, shared by every backend of `pnpm dev:cluster`). uid is the primary key and
 * email is unique, so two registrations of the same uid can never both be stored, on one instance or many.
 */
export interface AccountRepository {
  /** `sqlite` or `postgres`: what `/api/health` reports. */
  readonly kind: 'sqlite' | 'postgres';
  findByUid(uid: string): Promise<Account | undefined>;
  /** By uid or by email, both case-insensitive. */
  findByLogin(login: string): Promise<Account | undefined>;
  insert(account: NewAccount, options?: { complete?: boolean }): Promise<InsertOutcome>;
  /** Keeps the latest name and email a person typed (a retried sign-up may correct them). */
  updateDetails(uid: string, details: { name: string; email: string | null }): Promise<InsertOutcome>;
  markCometChatUser(uid: string): Promise<void>;
  /** Freezes or unfreezes accounts (a deleted one stays deleted). */
  setState(uids: readonly string[], state: AccountState): Promise<void>;
  /** Removes an account whose sign-up could not complete (its uid belongs to another CometChat user). */
  remove(uid: string): Promise<void>;
  count(): Promise<number>;
  close(): Promise<void>;
}
