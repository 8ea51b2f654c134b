import type { KeptUser } from '@profilekit/core/internal';
import type { UserPage, UserQuery } from './userQuery';

/**
 * A user as the emulator keeps it: the fields the policy table keeps with a user (`KeptUser`: uid and name,
 * role and status always, the rest when set), and the server's times. `uid` is always lowercase; times are
 * unix seconds.
 */
export interface StoredUser extends KeptUser {
  createdAt: number;
  updatedAt?: number;
  /** Set while the user is deactivated. */
  deactivatedAt?: number;
}

/** An auth token of a user. */
export interface StoredAuthToken {
  uid: string;
  authToken: string;
  /** Unix seconds. */
  createdAt: number;
}

/**
 * Where the emulator keeps users, auth tokens and blocks. Two implementations: {@link createMemoryStore}
 * and {@link createSqliteStore}.
 *
 * Every method is synchronous and every write is atomic (one transaction), so the emulator's
 * read-modify-write of a user ({@link UserStore.updateUser}) can never interleave with another request.
 * uids passed in must already be lowercase.
 */
export interface UserStore {
  /** Adds a user; `false` when the uid is taken (deactivated users included). */
  insertUser(user: StoredUser): boolean;
  /** Adds many users in one transaction (seeding); returns the uids that were taken and skipped. */
  insertUsers(users: readonly StoredUser[]): string[];
  /** A user, deactivated ones included. */
  getUser(uid: string): StoredUser | undefined;
  /**
   * One page of the users matching a query, in the query's order, and how many match in all. The
   * SQLite store answers it in SQL through its indexes; the memory store from its own indexes.
   */
  listUsers(query: UserQuery): UserPage;
  /**
   * Reads a user, lets `change` compute its next state, and writes it — atomically.
   * Returns the stored result, or `undefined` when there is no such user (or `change` returns `undefined`).
   */
  updateUser(uid: string, change: (user: StoredUser) => StoredUser | undefined): StoredUser | undefined;
  /** Applies `change` to each existing user in one transaction; returns the users changed. */
  updateUsers(uids: readonly string[], change: (user: StoredUser) => StoredUser | undefined): StoredUser[];
  /** Removes a user with their auth tokens and blocks; `false` when there was none. */
  deleteUser(uid: string): boolean;

  /** Stores a token and keeps only the newest `keep` tokens of its user. */
  addAuthToken(token: StoredAuthToken, keep: number): void;
  getAuthToken(authToken: string): StoredAuthToken | undefined;
  /** A user's tokens, newest first. */
  listAuthTokens(uid: string): StoredAuthToken[];
  /** Removes one token of a user; `false` when it was not theirs or unknown. */
  deleteAuthToken(uid: string, authToken: string): boolean;
  /** Removes every token of a user; returns how many. */
  deleteAuthTokens(uid: string): number;

  /** `blocker` blocks each of `uids` (already blocked: no change). */
  block(blocker: string, uids: readonly string[], at: number): void;
  unblock(blocker: string, uids: readonly string[]): void;
  /** The uids `blocker` has blocked, in blocking order. */
  blockedBy(blocker: string): string[];
  /** The uids that have blocked `uid`. */
  blockersOf(uid: string): string[];
  /** When `blocker` blocked `uid` (unix seconds), or `undefined` when they have not. */
  blockedAt(blocker: string, uid: string): number | undefined;

  /** Releases the store (closes the database file). */
  close(): void;
}
