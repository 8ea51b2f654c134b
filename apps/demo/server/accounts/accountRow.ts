import type { Account, AccountState } from './AccountRepository';

/**
 * An `accounts` row as either database returns it: Postgres gives `cometchat_user` as a boolean and
 * `created_at` (BIGINT) as a string; SQLite gives 0/1 and a number.
 */
export interface AccountRow {
  uid: string;
  name: string;
  email: string | null;
  password_hash: string;
  account_id: string;
  cometchat_user: boolean | number;
  state: AccountState;
  created_at: string | number;
}

/** The account a row holds (`undefined` for no row), the same from SQLite and Postgres. */
export const toAccount = (row: AccountRow | undefined): Account | undefined =>
  row && {
    uid: row.uid,
    name: row.name,
    email: row.email,
    passwordHash: row.password_hash,
    accountId: row.account_id,
    // true/false from Postgres, 1/0 from SQLite.
    hasCometChatUser: row.cometchat_user === true || row.cometchat_user === 1,
    state: row.state,
    // Milliseconds since 1970 fit in a double, whether they arrive as a number or as a BIGINT string.
    createdAt: Number(row.created_at),
  };
