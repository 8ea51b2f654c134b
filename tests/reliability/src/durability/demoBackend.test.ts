import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_AUTH_KEY, DEV_REST_API_KEY } from '@profilekit/emulator';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, expect, it } from 'vitest';
import { createTestUser, readUser } from '../support/cometChatUsers';
import { type DemoBackendProcess, spawnDemoBackend } from '../support/demoBackend';
import { sendJson } from '../support/sendJson';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-demo-durability-'));
const running: (EmulatorProcess | DemoBackendProcess)[] = [];
afterAll(async () => {
  await Promise.all(running.map((process) => process.stop()));
  rmSync(dir, { recursive: true, force: true });
});

const password = 'correct horse battery';

/** An emulator on SQLite and the options of demo backends over it (accounts on SQLite too), for restarts. */
async function durableSetup(name: string) {
  const db = join(dir, `emulator-${name}.sqlite`);
  const emulator = await startEmulatorProcess([
    ...['--allow-published-dev-keys', '--auth-key', DEV_AUTH_KEY, '--rest-api-key', DEV_REST_API_KEY],
    '--port',
    '0',
    '--db',
    db,
    '--rate-limit',
    'off',
  ]);
  running.push(emulator);
  const backendOptions = {
    emulatorUrl: emulator.url,
    appId: emulator.appId,
    restApiKey: emulator.restApiKey,
    db: join(dir, `accounts-${name}.sqlite`),
    rateLimit: false,
  };
  const spawn = async () => {
    const backend = await spawnDemoBackend(backendOptions);
    running.push(backend);
    return backend;
  };
  return { emulator, spawn };
}

it('kill -9 of the demo backend under sign-ups: every acknowledged one logs in after restart; interrupted ones complete on retry, no duplicates', async () => {
  const { emulator, spawn } = await durableSetup('signups');
  const first = await spawn();
  const register = (url: string, uid: string) =>
    sendJson(
      `${url}/api/signup`,
      'POST',
      {},
      JSON.stringify({ user: { uid, name: `Burst ${uid}` }, account: { password } }),
    );

  const acknowledged = new Set<string>();
  const interrupted = new Set<string>();
  let killed = false;
  const worker = async (id: number) => {
    for (let n = 0; !killed; n++) {
      const uid = `burst-${id}-${n}`;
      try {
        // A 5xx on the way (CometChat slow or a connection reset under load) is retried, as a person would:
        // sign-ups are idempotent, so the retry resumes.
        let answer = await register(first.url, uid);
        for (let retry = 0; answer.status >= 500 && retry < 3; retry++) answer = await register(first.url, uid);
        if (answer.status !== 200) {
          throw new Error(`register ${uid}: ${answer.status} ${answer.text}\n${first.output().slice(-2000)}`);
        }
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

  const second = await spawn();
  const notLoggingIn: string[] = [];
  for (const uid of acknowledged) {
    const login = await sendJson(`${second.url}/api/session`, 'POST', {}, JSON.stringify({ login: uid, password }));
    if (login.status !== 200 || login.body.data.user.uid !== uid) notLoggingIn.push(`${uid}: ${login.status}`);
  }
  expect(notLoggingIn).toEqual([]);

  // A retry completes the sign-up (200 with a token), or finds it completed before the kill: then, as for any
  // completed sign-up, no token (409 ERR_SIGNUP_COMPLETED, issue 25) and the person logs in.
  for (const uid of interrupted) {
    const retry = await register(second.url, uid);
    if (retry.status === 409) {
      expect(retry.body.error.code).toBe('ERR_SIGNUP_COMPLETED');
      const login = await sendJson(`${second.url}/api/session`, 'POST', {}, JSON.stringify({ login: uid, password }));
      expect(login.status, uid).toBe(200);
    } else expect(retry.status, retry.text).toBe(200);
  }
  const everyone = [...acknowledged, ...interrupted];
  // `uids` names at most 25 users a request (CometChat's List Users): read them 25 at a time.
  const uids: string[] = [];
  for (let start = 0; start < everyone.length; start += 25) {
    const batch = everyone.slice(start, start + 25).join(',');
    const users = await sendJson(`${emulator.url}/v3/users?uids=${batch}&perPage=1000`, 'GET', {
      apikey: emulator.restApiKey,
    });
    uids.push(...users.body.data.map((user: { uid: string }) => user.uid));
  }
  expect(uids.sort()).toEqual(everyone.sort());
}, 180_000);

it('kill -9 of the demo backend under deletions: every acknowledged deletion stays done; interrupted ones finish on retry, nothing else is touched', async () => {
  const { emulator, spawn } = await durableSetup('deletions');
  const admin = await createTestUser(emulator.url, DEV_REST_API_KEY, { uid: 'durable-admin', role: 'admin' });
  const doomed = Array.from({ length: 120 }, (_, n) => `doomed-${n}`);
  const keepers = Array.from({ length: 10 }, (_, n) => `keeper-${n}`);
  for (const uid of [...doomed, ...keepers]) await createTestUser(emulator.url, DEV_REST_API_KEY, { uid });
  const first = await spawn();
  const remove = (url: string, uid: string) =>
    sendJson(`${url}/api/users/${uid}?permanent=true`, 'DELETE', { authorization: `Bearer ${admin.authToken}` });

  const acknowledged = new Set<string>();
  const interrupted = new Set<string>();
  let killed = false;
  const queue = [...doomed];
  const worker = async () => {
    for (let uid = queue.shift(); uid; uid = queue.shift()) {
      try {
        const answer = await remove(first.url, uid);
        if (answer.status !== 200) throw new Error(`delete ${uid}: ${answer.status} ${answer.text}`);
        acknowledged.add(uid);
      } catch (error) {
        if (!killed) throw error;
        interrupted.add(uid);
        return;
      }
    }
  };
  const workers = Array.from({ length: 4 }, () => worker());
  while (acknowledged.size < 20) await new Promise((resolve) => setTimeout(resolve, 5));
  first.child.kill('SIGKILL');
  killed = true;
  await Promise.all(workers);
  expect(await first.exited).toBe('SIGKILL');

  const second = await spawn();
  for (const uid of acknowledged) expect(await readUser(emulator.url, DEV_REST_API_KEY, uid), uid).toBeUndefined();
  // An interrupted deletion may have happened or not: retrying finishes it (404 when it had).
  for (const uid of interrupted) expect([200, 404]).toContain((await remove(second.url, uid)).status);
  for (const uid of interrupted) expect(await readUser(emulator.url, DEV_REST_API_KEY, uid), uid).toBeUndefined();
  for (const uid of keepers) expect(await readUser(emulator.url, DEV_REST_API_KEY, uid), uid).toBeDefined();
  for (const uid of queue) expect(await readUser(emulator.url, DEV_REST_API_KEY, uid), uid).toBeDefined();
}, 180_000);
