#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCliArgs, usage } from './cli/args';
import { makeDataDirectory, removeFailedStart } from './cli/dataDirectory';
import { devKeysFor } from './cli/devKeys';
import { DEFAULT_ROLES } from './constants';
import { type RunningEmulator, startEmulator } from './start';
import { openStore } from './store/openStore';
import { seedUsers } from './users/seed';

/** What this run wrote to disk before it listens: removed again if the start fails. */
const made: { keysFile?: string; directory?: string } = {};

async function main() {
  const { help, seed, db, publishedDevKeys, ...options } = parseCliArgs(process.argv.slice(2));
  if (help) {
    console.log(usage);
    return;
  }
  if (publishedDevKeys) {
    console.warn('Using the published development keys (--allow-published-dev-keys): for tests only.');
  }
  const dbPath = db === ':memory:' ? db : resolve(db);
  if (dbPath !== ':memory:') made.directory = makeDataDirectory(dbPath);
  const keys = options.authKey && options.restApiKey ? undefined : devKeysFor(dbPath);
  if (keys?.created) made.keysFile = keys.file;
  const store = openStore(dbPath);
  if (seed) {
    const input = JSON.parse(readFileSync(seed, 'utf8')) as unknown;
    const { created, skipped } = seedUsers(store, input, {
      roles: options.roles ?? DEFAULT_ROLES,
      strict: options.strict,
    });
    console.log(`Seeded ${created.length} users from ${seed}${skipped.length ? ` (${skipped.length} existed)` : ''}.`);
  }
  let server: RunningEmulator | undefined;
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the emulator…`);
    (server ? server.close() : Promise.resolve(store.close())).then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  server = await startEmulator({
    ...options,
    authKey: options.authKey ?? keys?.authKey,
    restApiKey: options.restApiKey ?? keys?.restApiKey,
    store,
  });
  console.log(`profilekit emulator listening on ${server.url}
  app id        ${server.appId}
  Auth Key      ${server.authKey}   (authOnly: create/update users, create auth tokens)
  REST API key  ${server.restApiKey}   (full access; keep it on your server)${keys?.file ? `\n  keys file     ${keys.file}` : ''}
  database      ${dbPath}`);
}

main().catch((error: unknown) => {
  removeFailedStart(made);
  console.error(`profilekit-emulator: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
