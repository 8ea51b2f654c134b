import { randomUUID } from 'node:crypto';
import { normalizeUid } from '@profilekit/core';
import pg from 'pg';
import type { AccountRepository, InsertOutcome } from './AccountRepository';
import { type AccountRow, toAccount } from './accountRow';

const SCHEMA = `CREATE TABLE IF NOT EXISTS accounts (
  uid TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT UNIQUE,
  password_hash TEXT NOT NULL,
  account_id TEXT NOT NULL,
  cometchat_user BOOLEAN NOT NULL DEFAULT FALSE,
  state TEXT NOT NULL DEFAULT 'active',
  created_at BIGINT NOT NULL
)`;

// Two backends starting at once would race on CREATE TABLE IF NOT EXISTS (a duplicate pg_type row): one at a time.
const SCHEMA_LOCK = 0x70_6b_61_63; // "pkac"

/** The constraint a unique violation (SQLSTATE 23505) broke, as an outcome. */
function uniqueOutcome(error: unknown): InsertOutcome | undefined {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string };
  if (code !== '23505') return undefined;
  return constraint === 'accounts_email_key' ? 'emailTaken' : 'uidTaken';
}

/**
 * Opens the account table in Postgres (created when missing), for several demo backends sharing one
 * database (`pnpm dev:cluster`). Every write is one statement, so a backend killed mid-sign-up leaves
 * either no row or a whole one (its CometChat user not yet marked: the same person's retry completes it).
 *
 * @example
 * ```ts
 * const accounts = await openPostgresAccounts(process.env.DATABASE_URL!);
 * await accounts.insert({ uid: 'kevin', name: 'Kevin', email: null, passwordHash });
 * ```
 */
export async function openPostgresAccounts(connectionString: string): Promise<AccountRepository> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('error', () => {}); // an idle client lost (Postgres restarted): the next query reports it
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  const one = async (sql: string, params: unknown[]) => toAccount((await pool.query<AccountRow>(sql, params)).rows[0]);
  const guard = async (write: () => Promise<unknown>): Promise<InsertOutcome> => {
    try {
      await write();
      return 'inserted';
    } catch (error) {
      const outcome = uniqueOutcome(error);
      if (outcome) return outcome;
      throw error;
    }
  };
  return {
    kind: 'postgres',
    findByUid: (uid) => one('SELECT * FROM accounts WHERE uid = $1', [normalizeUid(uid)]),
    findByLogin: (login) => one('SELECT * FROM accounts WHERE uid = $1 OR email = $1 LIMIT 1', [login.toLowerCase()]),
    insert: ({ uid, name, email, passwordHash }, { complete = false } = {}) =>
      guard(() =>
        pool.query(
          `INSERT INTO accounts (uid, name, email, password_hash, account_id, cometchat_user, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [uid, name, email, passwordHash, randomUUID(), complete, Date.now()],
        ),
      ),
    updateDetails: (uid, { name, email }) =>
      guard(() => pool.query('UPDATE accounts SET name = $2, email = $3 WHERE uid = $1', [uid, name, email])),
    markCometChatUser: async (uid) => {
      await pool.query('UPDATE accounts SET cometchat_user = TRUE WHERE uid = $1', [uid]);
    },
    setState: async (uids, state) => {
      await pool.query(
        "UPDATE accounts SET state = $2 WHERE uid = ANY($1::text[]) AND (state <> 'deleted' OR $2 = 'deleted')",
        [uids.map(normalizeUid), state],
      );
    },
    remove: async (uid) => {
      await pool.query('DELETE FROM accounts WHERE uid = $1 AND NOT cometchat_user', [uid]);
    },
    count: async () => (await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts')).rows[0]?.n ?? 0,
    close: () => pool.end(),
  };
}
