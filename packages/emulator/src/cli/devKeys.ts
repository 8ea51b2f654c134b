import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { randomKey } from '../auth/credentials';

/** The file beside a database that holds the emulator's keys for that data directory. */
export const KEYS_FILE = 'emulator-keys.json';

/** An emulator's two keys. */
export interface DevKeys {
  authKey: string;
  restApiKey: string;
}

const isKey = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9_-]{16,}$/.test(value);

/**
 * The keys of the data directory that holds `db`: read from its `emulator-keys.json`, or made at random and
 * written there (mode 0600) on first start (`created: true`). An in-memory database gets new random keys each run and no file.
 * `pnpm dev` and scripts read them from the CLI's output or from this file.
 *
 * @example
 * ```ts
 * devKeysFor('/repo/.data/emulator.sqlite'); // { authKey: '3f9c…', restApiKey: 'a07d…', file: '/repo/.data/emulator-keys.json' }
 * ```
 */
export function devKeysFor(db: string): DevKeys & { file?: string; created?: boolean } {
  if (db === ':memory:') return { authKey: randomKey(), restApiKey: randomKey() };
  const file = join(dirname(db), KEYS_FILE);
  const fresh = { authKey: randomKey(), restApiKey: randomKey() };
  try {
    // `wx`: never overwrite; two emulators starting together agree on the first file written.
    writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
    return { ...fresh, file, created: true };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<DevKeys>;
  if (!isKey(stored.authKey) || !isKey(stored.restApiKey)) {
    throw new Error(
      `${file} must hold { "authKey", "restApiKey" } (16+ letters, digits, _ or -); delete it to get new keys`,
    );
  }
  return { authKey: stored.authKey, restApiKey: stored.restApiKey, file };
}
