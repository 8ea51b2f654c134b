import { createMemoryStore } from './memory';
import { createSqliteStore } from './sqlite';
import type { UserStore } from './types';

/**
 * The store for a `--db` value: `:memory:` is the memory store (no SQLite engine is loaded, so it runs
 * without a compiled better-sqlite3); anything else is a SQLite file.
 */
export function openStore(db: string): UserStore {
  return db === ':memory:' ? createMemoryStore() : createSqliteStore(db);
}
