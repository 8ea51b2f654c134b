import { execFileSync } from 'node:child_process';
import { mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { freePort } from '../../../../freePort';

const ensurePostgres = fileURLToPath(new URL('../../../../scripts/ensure-postgres.sh', import.meta.url));

/** A throw-away Postgres cluster on a loopback port. */
export interface PostgresServer {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  url: string;
  /** Creates an empty database and answers its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops it and removes its files. */
  close(): Promise<void>;
}

/**
 * Starts the machine's Postgres (`scripts/ensure-postgres.sh`: initdb in a temp dir, pg_ctl on a free
 * loopback port; installs Debian's package when the binaries are missing).
 *
 * @example
 * ```ts
 * const postgres = await startPostgresServer();
 * const DATABASE_URL = await postgres.createDatabase('cluster');
 * ```
 */
export async function startPostgresServer(): Promise<PostgresServer> {
  const data = join(mkdtempSync(join(tmpdir(), 'profilekit-pg-')), 'data');
  const port = await freePort();
  const printed = execFileSync('bash', [ensurePostgres, 'start', data, String(port)], { encoding: 'utf8' });
  const url = /DATABASE_URL=(\S+)/.exec(printed)?.[1];
  if (!url) throw new Error(`ensure-postgres.sh printed no DATABASE_URL:\n${printed}`);
  return {
    url,
    async createDatabase(name) {
      const client = new pg.Client(url);
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url.replace(/\/postgres$/, `/${name}`);
    },
    async close() {
      execFileSync('bash', [ensurePostgres, 'stop', data], { stdio: 'inherit' });
      // As root the cluster may live in /tmp behind a link (the postgres user could not reach the temp dir).
      let real = data;
      try {
        real = readlinkSync(data);
      } catch {}
      rmSync(real, { recursive: true, force: true });
      rmSync(join(data, '..'), { recursive: true, force: true });
    },
  };
}
