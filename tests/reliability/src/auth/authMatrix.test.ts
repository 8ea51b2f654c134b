import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../support/sendJson';
import { authMatrix, type Credential, credentials, type Expected } from './matrix';

let server: RunningEmulator;
const unknownKey = '0123456789abcdef0123456789abcdef01234567';
let cell = 0;

beforeAll(async () => {
  server = await startEmulator({ port: 0, rateLimit: false });
});
afterAll(() => server.close());

/** Fresh users for one cell, so a cell that deletes, deactivates or logs out never affects another. */
async function freshCell() {
  const id = `c${cell++}`;
  const users = { alice: `alice-${id}`, bob: `bob-${id}`, carol: `carol-${id}`, new: `new-${id}` };
  const asAuthKey = { apikey: server.authKey };
  const asRestKey = { apikey: server.restApiKey };
  for (const uid of [users.alice, users.bob, users.carol]) {
    await sendJson(`${server.url}/v3/users`, 'POST', asAuthKey, JSON.stringify({ uid, name: uid }));
  }
  const token = async (uid: string) =>
    (await sendJson(`${server.url}/v3/users/${uid}/auth_tokens`, 'POST', asAuthKey, '{}')).body.data
      .authToken as string;
  const own = await token(users.alice);
  const spare = await token(users.alice);
  const other = await token(users.bob);
  const revoked = await token(users.alice);
  await sendJson(`${server.url}/v3/users/${users.alice}/auth_tokens/${revoked}`, 'DELETE', asRestKey);
  const headers: Record<Credential, Record<string, string>> = {
    none: {},
    unknownKey: { apikey: unknownKey },
    authKey: asAuthKey,
    authKeyOnBehalfOfAlice: { ...asAuthKey, onBehalfOf: users.alice },
    restKey: asRestKey,
    restKeyOnBehalfOfAlice: { ...asRestKey, onBehalfOf: users.alice },
    ownToken: { authToken: own, appId: server.appId },
    otherUsersToken: { authToken: other, appId: server.appId },
    revokedToken: { authToken: revoked, appId: server.appId },
  };
  const fill = (text: string) =>
    text
      .replaceAll('{alice}', users.alice)
      .replaceAll('{bob}', users.bob)
      .replaceAll('{carol}', users.carol)
      .replaceAll('{new}', users.new)
      .replaceAll('{token}', spare);
  return { users, headers, fill, secrets: [unknownKey, own, other, revoked, spare, server.restApiKey] };
}

const cells = authMatrix.flatMap((row) =>
  credentials.map((credential, column) => ({ ...row, credential, expected: row.expected[column] as Expected })),
);

describe('auth matrix: every endpoint × every credential', () => {
  it.for(cells)('$endpoint with $credential → $expected', async ({ endpoint, body, credential, expected }) => {
    const { users, headers, fill, secrets } = await freshCell();
    const [method = 'GET', path = '/'] = fill(endpoint).split(' ');
    const wire = body === undefined ? undefined : fill(JSON.stringify(body));
    const answer = await sendJson(`${server.url}/v3${path === '/' ? '' : path}`, method, headers[credential], wire);
    const [status, code] = expected.split(' ');
    expect(answer.status, answer.text).toBe(Number(status));
    if (status === '200') {
      expect(answer.body).toHaveProperty('data');
      if (code === 'as') {
        const actor = expected.endsWith('alice') ? users.alice : users.bob;
        expect(answer.body.data.uid, 'acts as the token’s own user, never another').toBe(actor);
      }
    } else {
      expect(answer.body.error.code).toBe(code);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      for (const secret of secrets) expect(answer.text, 'a refusal never echoes a key or token').not.toContain(secret);
    }
  });

  it('another user’s token changes only that user: alice is untouched by bob’s PUT /me', async () => {
    const { users, headers } = await freshCell();
    const change = JSON.stringify({ name: 'Taken over', statusMessage: 'pwned' });
    const answer = await sendJson(`${server.url}/v3/me`, 'PUT', headers.otherUsersToken, change);
    expect(answer.body.data.uid).toBe(users.bob);
    const alice = await sendJson(`${server.url}/v3/users/${users.alice}`, 'GET', headers.restKey);
    expect(alice.body.data).toMatchObject({ name: users.alice });
    expect(alice.body.data.statusMessage).toBeUndefined();
  });
});
