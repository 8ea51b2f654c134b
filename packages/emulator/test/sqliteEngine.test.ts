import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createSqliteStore, seedUsers } from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-engine-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// npm test runs this file on the machine's Node (20 in CI) and again on Node 22 and 24 (scripts/test-node-lts.sh).
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const builtIn = major > 22 || (major === 22 && minor >= 13);
const loadedBetterSqlite3 = () =>
  Object.keys(createRequire(import.meta.url).cache).some((file) => file.includes('better-sqlite3'));

it(`a SQLite file runs on ${builtIn ? 'node:sqlite, better-sqlite3 never loaded' : 'better-sqlite3'} on Node ${process.version}`, () => {
  expect(loadedBetterSqlite3()).toBe(false);
  const store = createSqliteStore(join(dir, 'engine.sqlite'));
  seedUsers(store, { users: [{ uid: 'ada', name: 'Ada' }] }, { roles: ['default'] });
  expect(store.getUser('ada')?.name).toBe('Ada');
  store.close();
  expect(loadedBetterSqlite3()).toBe(!builtIn);
});
