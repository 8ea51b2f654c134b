import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandler } from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, readUser } from '../support/cometChatUsers';
import { memoryAccounts } from '../support/memoryAccounts';
import { sendJson } from '../support/sendJson';
import { callers, type ServerCaller, type ServerExpected, serverMatrix } from './serverMatrix';

let emulator: RunningEmulator;
let handler: ProfileKitHandler;
let accounts: ReturnType<typeof memoryAccounts>;
let cell = 0;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  accounts = memoryAccounts();
  handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    rateLimit: false,
    webhooks: { username: 'cometchat', password: 'matrix-webhook-pass' },
    ...accounts,
  });
});
afterAll(() => emulator.close());

/** Fresh users and tokens for one cell, so a cell that deletes or deactivates never affects another. */
async function freshCell() {
  const id = `m${cell++}`;
  const make = (uid: string, role?: string) =>
    createTestUser(emulator.url, emulator.restApiKey, { uid: `${uid}-${id}`, ...(role && { role }) });
  const [alice, bob, carol, admin, retired] = await Promise.all([
    make('alice'),
    make('bob'),
    make('carol'),
    make('admin', 'admin'),
    make('retired', 'admin'),
  ]);
  const revoked = await createTestUser(emulator.url, emulator.restApiKey, { uid: `gone-${id}` });
  const asRest = { apikey: emulator.restApiKey };
  await sendJson(`${emulator.url}/v3/users/${revoked.uid}/auth_tokens/${revoked.authToken}`, 'DELETE', asRest);
  await sendJson(`${emulator.url}/v3/users`, 'DELETE', asRest, JSON.stringify({ uidsToDeactivate: [retired.uid] }));
  const dave = `dave-${id}`;
  await createTestUser(emulator.url, emulator.restApiKey, { uid: dave });
  accounts.rows.set(dave, { password: 'dave-pass-phrase', accountId: `acc-${id}`, complete: true });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const headers: Record<ServerCaller, Record<string, string>> = {
    anonymous: {},
    forgedToken: bearer(`${alice.uid}_1796000000${'0'.repeat(40)}`),
    revokedToken: bearer(revoked.authToken),
    alice: bearer(alice.authToken),
    bob: bearer(bob.authToken),
    admin: bearer(admin.authToken),
    deactivatedAdmin: bearer(retired.authToken),
  };
  const fill = (text: string) =>
    text
      .replaceAll('{alice}', alice.uid)
      .replaceAll('{carol}', carol.uid)
      .replaceAll('{dave}', dave)
      .replaceAll('{new}', `new-${id}`);
  const secrets = [alice, bob, admin, retired, revoked].map((user) => user.authToken).concat(emulator.restApiKey);
  return { alice: alice.uid, carol: carol.uid, dave, created: `new-${id}`, headers, fill, secrets };
}

async function call(method: string, path: string, headers: Record<string, string>, body?: string) {
  const init: RequestInit = {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
  };
  if (body !== undefined) init.body = body;
  const response = await handler(new Request(`http://backend.test${path}`, init));
  // An open event stream never ends: its first bytes are the answer.
  const text = response.headers.get('content-type')?.startsWith('text/event-stream')
    ? await firstChunk(response)
    : await response.text();
  const json = response.headers.get('content-type')?.includes('json');
  return {
    status: response.status,
    headers: response.headers,
    text,
    body: text && json ? JSON.parse(text) : undefined,
  };
}

async function firstChunk(response: Response) {
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

const cells = serverMatrix.flatMap((row) =>
  callers.map((caller, column) => ({ ...row, caller, expected: row.expected[column] as ServerExpected })),
);

describe('@profilekit/server: every route × every caller', () => {
  it.for(cells)('$route by $caller → $expected', async ({ route, body, caller, expected }) => {
    const cellUsers = await freshCell();
    const { headers, fill, secrets, alice, carol } = cellUsers;
    const [method = 'GET', path = '/'] = fill(route).split(' ');
    if (route.includes('reactivate')) {
      const deactivate = JSON.stringify({ uidsToDeactivate: [carol] });
      await sendJson(`${emulator.url}/v3/users`, 'DELETE', { apikey: emulator.restApiKey }, deactivate);
    }
    const before = {
      alice: await readUser(emulator.url, emulator.restApiKey, alice),
      carol: await readUser(emulator.url, emulator.restApiKey, carol),
    };
    const answer = await call(
      method,
      path,
      headers[caller],
      body === undefined ? undefined : fill(JSON.stringify(body)),
    );
    const [status, code] = expected.split(' ');
    expect(answer.status, answer.text).toBe(Number(status));
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    for (const secret of secrets)
      expect(answer.text, 'an answer never echoes a key or another token').not.toContain(secret);
    if (status !== '200') {
      expect(answer.body.error.code).toBe(code);
      const after = {
        alice: await readUser(emulator.url, emulator.restApiKey, alice),
        carol: await readUser(emulator.url, emulator.restApiKey, carol),
      };
      // Verifying alice's own token marks her active: that much may change, nothing else.
      const settled = (snapshot: typeof before) =>
        JSON.stringify(snapshot, (key, value) => (key === 'lastActiveAt' ? undefined : value));
      expect(settled(after), 'a refused request changes nothing').toBe(settled(before));
      if (method === 'POST' && path === '/users')
        expect(await readUser(emulator.url, emulator.restApiKey, cellUsers.created)).toBeUndefined();
      return;
    }
    await expectEffect(method, path, answer.body ?? answer.text, cellUsers);
  });
});

/** What an allowed request must have done, read back from the emulator. */
async function expectEffect(
  method: string,
  path: string,
  // biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON answer
  body: any,
  { alice, carol, dave, created }: Awaited<ReturnType<typeof freshCell>>,
) {
  const read = (uid: string) => readUser(emulator.url, emulator.restApiKey, uid);
  const routeKey = `${method} ${path.split('?')[0]?.replace(alice, '{alice}')}`;
  switch (routeKey) {
    case 'POST /signup':
    case 'POST /session': {
      const uid = routeKey === 'POST /signup' ? created : dave;
      expect(body.data.user.uid).toBe(uid);
      const me = await sendJson(`${emulator.url}/v3/me`, 'GET', { authToken: body.data.authToken });
      expect(me.body.data.uid, 'the token is this person’s own').toBe(uid);
      expect(me.body.data.role ?? 'default').toBe('default');
      return;
    }
    case `GET /signup/uids/${created}`:
      expect(body.data.available).toBe(true);
      return;
    case 'GET /users':
      expect(Array.isArray(body.data)).toBe(true);
      expect(body.meta.pagination.total).toBeGreaterThan(0);
      if (path.includes('withDeactivated')) expect(body.data.map((user: { uid: string }) => user.uid)).toContain(carol);
      return;
    case 'POST /users':
      expect((await read(created))?.role).toBe('admin');
      return;
    case 'GET /users/{alice}':
      expect(body.data.uid).toBe(alice);
      return;
    case 'PATCH /users/{alice}':
      expect(await read(alice)).toMatchObject({ role: 'admin', name: 'Taken' });
      return;
    case 'DELETE /users/{alice}':
      expect((await sendJson(`${emulator.url}/v3/users/${alice}`, 'GET', { apikey: emulator.restApiKey })).status).toBe(
        404,
      );
      expect(body.data).toEqual({ uid: alice, deleted: true, permanent: path.includes('permanent=true') });
      return;
    case 'POST /users/deactivate':
      expect((await read(carol))?.deactivatedAt).toBeTruthy();
      return;
    case 'POST /users/reactivate':
      expect((await read(carol))?.deactivatedAt).toBeFalsy();
      return;
    case 'GET /events':
      expect(body).toContain(': connected');
      return;
    case 'POST /events/user-changed':
      expect(body.data).toEqual({ uid: alice, published: true });
      return;
    default:
      throw new Error(`no effect check for ${routeKey}`);
  }
}
