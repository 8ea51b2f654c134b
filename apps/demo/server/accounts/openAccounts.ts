import type { AccountRepository } from './AccountRepository';
import { openPostgresAccounts } from './postgresAccounts';
import { openSqliteAccounts } from './sqliteAccounts';

/**
 * The demo's accounts: in Postgres when `databaseUrl` (`DATABASE_URL`, `postgres://…`) is given — one
 * table for every backend instance — else in the SQLite file `sqliteFile` (the embedded default of `pnpm dev`).
 *
 * @example
 * ```ts
 * const accounts = await openAccounts({ databaseUrl: process.env.DATABASE_URL, sqliteFile: '.data/demo-accounts.sqlite' });
 * ```
 */
export async function openAccounts(options: { databaseUrl?: string; sqliteFile: string }): Promise<AccountRepository> {
  const { databaseUrl, sqliteFile } = options;
  if (!databaseUrl) return openSqliteAccounts(sqliteFile);
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new Error('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  return openPostgresAccounts(databaseUrl);
}
