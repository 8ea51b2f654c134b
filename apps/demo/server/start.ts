import { mkdtemp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { createRestClient, type RestClient } from '@profilekit/core/rest';
import { createDiskAvatarStorage, type ProfileKitHandlerOptions } from '@profilekit/server';
import { type AccountStore, openAccountStore } from './accounts';
import { createBackendApp } from './app';
import { startAvatarSweep } from './avatarSweep';
import type { BackendTarget } from './env';
import { createFaults } from './faults';
import { seedAccounts } from './seedAccounts';

/** Options of {@link startBackend}. */
export interface StartBackendOptions extends BackendTarget {
  /** SQLite file of the accounts ("your database"). */
  db: string;
  /** The folder of uploaded avatars; default `avatars/` beside `db` (a temporary folder for `:memory:`). */
  avatarsDir?: string;
  /** `0` picks a free port. */
  port: number;
  host?: string;
  /** Enables `POST /api/test/fail-next-register` (tests only). */
  faults?: boolean;
  /** `false` turns the rate limits off (load and durability tests only). */
  rateLimit?: ProfileKitHandlerOptions['rateLimit'];
  /** A seed file of accounts (`seed/accounts.json`) for seeded CometChat users. */
  seedAccountsFile?: string;
  restClient?: RestClient;
  log?: (line: string) => void;
  /** CometChat's (or the emulator's) webhooks at `POST /api/webhooks/cometchat`, with these Basic credentials. */
  webhooks?: ProfileKitHandlerOptions['webhooks'];
}

/** A running demo backend. */
export interface RunningBackend {
  url: string;
  accounts: AccountStore;
  close(): Promise<void>;
}

/**
 * Starts the demo backend on a port with its account database.
 *
 * @example
 * ```ts
 * const backend = await startBackend({ kind: 'emulator', target: { baseUrl: emulator.url }, restApiKey: emulator.restApiKey, db: ':memory:', port: 0 });
 * await backend.close();
 * ```
 */
export async function startBackend(options: StartBackendOptions): Promise<RunningBackend> {
  const { db, port, host = '127.0.0.1', faults = false, seedAccountsFile, ...rest } = options;
  const avatarsDir =
    options.avatarsDir ??
    (db === ':memory:' ? await mkdtemp(join(tmpdir(), 'profilekit-demo-avatars-')) : join(dirname(db), 'avatars'));
  const accounts = openAccountStore(db);
  if (seedAccountsFile) await seedAccounts(accounts, seedAccountsFile);
  const app = createBackendApp({ ...rest, accounts, faults: createFaults(faults), avatarsDir });
  const sweep = startAvatarSweep({
    storage: createDiskAvatarStorage({ directory: avatarsDir }),
    rest: options.restClient ?? createRestClient(options.target, { apiKey: options.restApiKey }),
    log: options.log,
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    // Slowloris: headers within 10 s, a whole request within 30 s (Node's own default is 300 s).
    const serverOptions = { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1000 };
    const started = serve({ fetch: app.fetch, port, hostname: host, serverOptions }, () => resolve(started));
    started.once('error', reject);
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${boundPort}`,
    accounts,
    close: () =>
      new Promise<void>((resolve, reject) => {
        sweep.stop();
        server.close((error) => {
          accounts.close();
          if (error) reject(error);
          else resolve();
        });
        if ('closeAllConnections' in server) server.closeAllConnections();
      }),
  };
}
