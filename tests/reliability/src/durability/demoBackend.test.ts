import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, expect, it } from 'vitest';
import { type DemoBackendProcess, spawnDemoBackend } from '../support/demoBackend';
import { sendJson } from '../support/sendJson';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-demo-durability-'));
const running: (EmulatorProcess | DemoBackendProcess)[] = [];
afterAll(async () => {
  await Promise.all(running.map((process) => process.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const password = 'correct horse battery';

it('kill -9 of the demo backend under registrations: every acknowledged one logs in after restart; interrupted ones complete on retry, no duplicates', async () => {
  const emulator = await startEmulatorProcess([
    '--port',
    '0',
    '--db',
    join(dir, 'emulator.sqlite'),
    '--rate-limit',
    'off',
  ]);
  running.push(emulator);
  const backendOptions = {
    emulatorUrl: emulator.url,
    appId: emulator.appId,
    restApiKey: emulator.restApiKey,
    db: join(dir, 'accounts.sqlite'),
  };
  const first = await spawnDemoBackend(backendOptions);
  running.push(first);
  const register = (url: string, uid: string) =>
    sendJson(`${url}/api/register`, 'POST', {}, JSON.stringify({ uid, name: `Burst ${uid}`, password }));

  const acknowledged = new Set<string>();
  const interrupted = new Set<string>();
  let killed = false;
  const worker = async (id: number) => {
    for (let n = 0; !killed; n++) {
      const uid = `burst-${id}-${n}`;
      try {
        const answer = await register(first.url, uid);
        if (answer.status !== 200) throw new Error(`register ${uid}: ${answer.status} ${answer.text}`);
        acknowledged.add(uid);
      } catch (error) {
        if (!killed) throw error;
        interrupted.add(uid);
        return;
      }
    }
  };
  const workers = Array.from({ length: 6 }, (_, id) => worker(id));
  while (acknowledged.size < 24) await new Promise((resolve) => setTimeout(resolve, 5));
  first.child.kill('SIGKILL');
  killed = true;
  await Promise.all(workers);
  expect(await first.exited).toBe('SIGKILL');
  expect(interrupted.size, 'registrations were in flight when the backend died').toBeGreaterThan(0);

  const second = await spawnDemoBackend(backendOptions);
  running.push(second);
  const notLoggingIn: string[] = [];
  for (const uid of acknowledged) {
    const login = await sendJson(`${second.url}/api/login`, 'POST', {}, JSON.stringify({ login: uid, password }));
    if (login.status !== 200 || login.body.data.uid !== uid) notLoggingIn.push(`${uid}: ${login.status}`);
  }
  expect(notLoggingIn).toEqual([]);

  for (const uid of interrupted) expect((await register(second.url, uid)).status).toBe(200);
  const everyone = [...acknowledged, ...interrupted];
  const users = await sendJson(`${emulator.url}/v3/users?uids=${everyone.join(',')}&perPage=1000`, 'GET', {
    apikey: emulator.restApiKey,
  });
  const uids: string[] = users.body.data.map((user: { uid: string }) => user.uid);
  expect(uids.sort()).toEqual(everyone.sort());
});
