import type BetterSqlite3 from 'better-sqlite3';

/** A prepared statement, as both SQLite engines spell it. */
export interface SqliteStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** The calls the demo makes on an open SQLite file. */
export interface SqliteFile {
  readonly engine: 'node:sqlite' | 'better-sqlite3';
  exec(sql: string): void;
  prepare(sql: string): SqliteStatement;
  close(): void;
}

/** The part of `node:sqlite` used here (its types ship with @types/node ≥ 22, not the 20 this repository pins). */
interface NodeSqlite {
  DatabaseSync: new (
    file: string,
    options?: { readOnly?: boolean },
  ) => { exec(sql: string): void; prepare(sql: string): SqliteStatement; close(): void };
}

/**
 * Opens a SQLite file with Node's built-in `node:sqlite` where Node has it (22.13 and later: no native
 * module, whatever Node line runs the demo), else with better-sqlite3 (Node 20), loaded only then.
 * Both report a broken UNIQUE rule as SQLite's own message, `UNIQUE constraint failed: <table>.<column>`.
 *
 * @example
 * ```ts
 * const db = openSqliteFile('.data/demo-accounts.sqlite');
 * const { n } = db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number };
 * ```
 */
export function openSqliteFile(file: string, { readOnly = false }: { readOnly?: boolean } = {}): SqliteFile {
  const builtIn = process.getBuiltinModule('node:sqlite') as NodeSqlite | undefined;
  if (builtIn) {
    const db = new builtIn.DatabaseSync(file, { readOnly });
    return {
      engine: 'node:sqlite',
      exec: (sql) => db.exec(sql),
      prepare: (sql) => db.prepare(sql),
      close: () => db.close(),
    };
  }
  const { createRequire } = process.getBuiltinModule('node:module');
  const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
  const db = new Database(file, { readonly: readOnly, fileMustExist: readOnly });
  return {
    engine: 'better-sqlite3',
    exec: (sql) => db.exec(sql),
    prepare: (sql) => db.prepare(sql),
    close: () => db.close(),
  };
}
