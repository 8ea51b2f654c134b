import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openSqliteDatabase, sqliteEngine } from '../src/store/sqliteDatabase';
import { startEmulatorProcess } from '../src/testing/process';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const post = ({ url, authKey }: { url: string; authKey: string }, path: string, method: string, body: unknown) =>
  fetch(url + path, {
    method,
    headers: { apikey: authKey, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

it(`keeps every acknowledged write and a sound database after kill -9 in the middle of a burst (${sqliteEngine()})`, async () => {
  const db = join(dir, 'emulator.sqlite');
  const first = await startEmulatorProcess(['--port', '0', '--db', db, '--rate-limit', 'off']);
  const created = new Set<string>();
  const renamed = new Set<string>();
  let killed = false;
  let interrupted = 0;

  const worker = async (id: number) => {
    for (let n = 0; !killed; n++) {
      const uid = `w${id}-${n}`;
      try {
        const create = await post(first, '/v3/users', 'POST', { uid, name: `User ${uid}`, tags: ['burst'] });
        if (create.status !== 200) throw new Error(`create ${uid}: ${create.status}`);
        created.add(uid);
        const update = await post(first, `/v3/users/${uid}`, 'PUT', { name: `Renamed ${uid}` });
        if (update.status === 200) renamed.add(uid);
      } catch (error) {
        if (!killed) throw error;
        interrupted += 1;
        return;
      }
    }
  };
  const workers = Array.from({ length: 8 }, (_, id) => worker(id));
  while (created.size < 150) await new Promise((resolve) => setTimeout(resolve, 5));
  first.child.kill('SIGKILL');
  killed = true;
  await Promise.all(workers);
  expect(await first.exited).toBe('SIGKILL');
  expect(created.size).toBeGreaterThanOrEqual(150);
  expect(interrupted).toBeGreaterThan(0);

  const check = openSqliteDatabase(db);
  expect(check.prepare('PRAGMA integrity_check').all()).toEqual([{ integrity_check: 'ok' }]);
  check.close();

  const second = await startEmulatorProcess(['--port', '0', '--db', db]);
  try {
    const response = await fetch(`${second.url}/v3/users?tags=burst&perPage=1000&withDeactivated=1`, {
      // The same data directory, so the same keys as the first process (emulator-keys.json).
      headers: { apikey: first.restApiKey },
    });
    const users = (await response.json()).data as { uid: string; name: string }[];
    const names = new Map(users.map((user) => [user.uid, user.name]));
    const missing = [...created].filter((uid) => !names.has(uid));
    const notRenamed = [...renamed].filter((uid) => names.get(uid) !== `Renamed ${uid}`);
    expect({ missing, notRenamed }).toEqual({ missing: [], notRenamed: [] });
  } finally {
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  }
});
