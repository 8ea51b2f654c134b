import type BetterSqlite3 from 'better-sqlite3';

/** A prepared statement, as both SQLite engines spell it. */
export interface SqlStatement {
  run(...params: unknown[]): { changes: number | bigint };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** An open SQLite database: Node's built-in `node:sqlite`, or better-sqlite3 where Node has none. */
export interface SqlDatabase {
  readonly engine: 'node:sqlite' | 'better-sqlite3';
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  /** Wraps `fn` in one transaction (`BEGIN IMMEDIATE`; a savepoint when already inside one). */
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): void;
}

/** The part of `node:sqlite` used here (its types ship with @types/node ≥ 22, not the 20 this repository pins). */
interface NodeSqlite {
  DatabaseSync: new (file: string) => { exec(sql: string): void; prepare(sql: string): unknown; close(): void };
}

/** `node:sqlite` when this Node has it unflagged (≥ 22.13, or 22.5 with `--experimental-sqlite`). */
function nodeSqlite(): NodeSqlite | undefined {
  try {
    return process.getBuiltinModule('node:sqlite') as NodeSqlite | undefined;
  } catch {
    return undefined;
  }
}

/** The engine {@link openSqliteDatabase} uses on this Node. */
export function sqliteEngine(): SqlDatabase['engine'] {
  return nodeSqlite() ? 'node:sqlite' : 'better-sqlite3';
}

function openBetterSqlite3(file: string): {
  exec(sql: string): void;
  prepare(sql: string): SqlStatement;
  close(): void;
} {
  const { createRequire } = process.getBuiltinModule('node:module');
  try {
    const Database = createRequire(import.meta.url)('better-sqlite3') as typeof BetterSqlite3;
    return new Database(file);
  } catch (error) {
    // Not installed, or installed without its build step (`--ignore-scripts`): its binding loads on first use.
    if (
      error instanceof Error &&
      !/better-sqlite3|bindings|better_sqlite3\.node|NODE_MODULE_VERSION/.test(error.message)
    )
      throw error;
    throw new Error(
      `A SQLite file needs Node ≥ 22.13 (built-in node:sqlite) or better-sqlite3 built for Node ${process.version} ` +
        '(npm rebuild better-sqlite3). --db :memory: needs neither.',
      { cause: error },
    );
  }
}

/**
 * Opens a SQLite database with the engine this Node has: the built-in `node:sqlite` (no native build),
 * else better-sqlite3, loaded only now — so the emulator installs and runs without a compiled
 * better-sqlite3 until a SQLite file is asked for on an older Node.
 */
export function openSqliteDatabase(file: string): SqlDatabase {
  const builtIn = nodeSqlite();
  const db = builtIn ? new builtIn.DatabaseSync(file) : openBetterSqlite3(file);
  let depth = 0;
  return {
    engine: builtIn ? 'node:sqlite' : 'better-sqlite3',
    exec: (sql) => db.exec(sql),
    prepare: (sql) => db.prepare(sql) as unknown as SqlStatement,
    transaction:
      (fn) =>
      (...args) => {
        const savepoint = `sp${depth}`;
        db.exec(depth === 0 ? 'BEGIN IMMEDIATE' : `SAVEPOINT ${savepoint}`);
        depth += 1;
        try {
          const result = fn(...args);
          depth -= 1;
          db.exec(depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`);
          return result;
        } catch (error) {
          depth -= 1;
          db.exec(depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`);
          throw error;
        }
      },
    close: () => db.close(),
  };
}
