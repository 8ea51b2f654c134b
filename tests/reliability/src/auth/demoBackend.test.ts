import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEV_APP_ID, DEV_AUTH_KEY, DEV_REST_API_KEY } from '@profilekit/emulator';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type DemoBackendProcess, spawnDemoBackend } from '../support/demoBackend';
import { sendJson } from '../support/sendJson';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-demo-auth-'));
const seedUsers = fileURLToPath(new URL('../../../../apps/demo/seed/users.json', import.meta.url));
let emulator: EmulatorProcess;
let backend: DemoBackendProcess;

beforeAll(async () => {
  emulator = await startEmulatorProcess([
    ...['--allow-published-dev-keys', '--auth-key', DEV_AUTH_KEY, '--rest-api-key', DEV_REST_API_KEY],
    '--port',
    '0',
    '--db',
    ':memory:',
    '--seed',
    seedUsers,
  ]);
  backend = await spawnDemoBackend({
    emulatorUrl: emulator.url,
    appId: DEV_APP_ID,
    restApiKey: DEV_REST_API_KEY,
    db: join(dir, 'accounts.sqlite'),
    seedAccounts: true,
  });
});
afterAll(async () => {
  await Promise.all([backend?.stop(), emulator?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

const bearer = (authToken: string) => ({ authorization: `Bearer ${authToken}` });

it('the demo at /api: anonymous 401, a new user 403, a seeded admin lists and deletes users', async () => {
  const anonymous = await sendJson(`${backend.url}/api/users`, 'GET', {});
  expect(anonymous.status).toBe(401);

  const signupBody = JSON.stringify({
    user: { uid: 'newcomer', name: 'Newcomer' },
    account: { password: 'quiet-lantern-42' },
  });
  const newcomer = await sendJson(`${backend.url}/api/signup`, 'POST', {}, signupBody);
  expect(newcomer.status, newcomer.text).toBe(200);
  const forbidden = await sendJson(`${backend.url}/api/users`, 'GET', bearer(newcomer.body.data.authToken));
  expect(forbidden.status).toBe(403);
  expect(forbidden.body.error.code).toBe('AUTH_ERR_NO_ACCESS');

  const login = JSON.stringify({ login: 'ada', password: 'analytical-engine-1843' });
  const ada = await sendJson(`${backend.url}/api/session`, 'POST', {}, login);
  expect(ada.status, ada.text).toBe(200);
  const page = await sendJson(`${backend.url}/api/users?perPage=5`, 'GET', bearer(ada.body.data.authToken));
  expect(page.status).toBe(200);
  expect(page.body.data).toHaveLength(5);
  expect(page.body.meta.pagination).toMatchObject({ per_page: 5, current_page: 1 });

  const deleted = await sendJson(`${backend.url}/api/users/newcomer`, 'DELETE', bearer(ada.body.data.authToken));
  expect(deleted.body.data).toEqual({ uid: 'newcomer', deleted: true, permanent: false });
  const gone = await sendJson(`${emulator.url}/v3/users/newcomer`, 'GET', { apikey: DEV_REST_API_KEY });
  expect(gone.status).toBe(404);
});

it('a sign-up with an email another account holds is refused naming the email field, on either SQLite engine', async () => {
  const signup = (uid: string, email: string, password = 'quiet-lantern-42') =>
    sendJson(
      `${backend.url}/api/signup`,
      'POST',
      {},
      JSON.stringify({ user: { uid, name: uid }, account: { email, password } }),
    );
  const first = await signup('email-owner', 'owner@example.com');
  expect(first.status, first.text).toBe(200);
  const second = await signup('email-copier', 'OWNER@example.com');
  const third = await signup('email-copier', 'copier@example.com');
  // The account of the refused sign-up was never stored: the same uid signs up with its own email.
  expect(third.status, third.text).toBe(200);
  // A retry of that sign-up (same uid and password) that switches to the taken email is refused too.
  const retry = await signup('email-copier', 'owner@example.com');
  for (const refused of [second, retry]) {
    expect(refused.status, refused.text).toBe(400);
    expect(refused.body.error.details).toEqual({ email: ['This email belongs to another account'] });
  }
});
