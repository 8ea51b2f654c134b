import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandler } from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { sendJson } from '../support/sendJson';

let emulator: RunningEmulator;
let handler: ProfileKitHandler;
let admin: TestUser;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    rateLimit: false,
  });
  admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'list-admin', role: 'admin' });
  await createTestUser(emulator.url, emulator.restApiKey, { uid: 'list-gone' });
  const deactivate = JSON.stringify({ uidsToDeactivate: ['list-gone'] });
  await sendJson(`${emulator.url}/v3/users`, 'DELETE', { apikey: emulator.restApiKey }, deactivate);
});
afterAll(() => emulator.close());

/** The same raw `GET /users` query to the emulator (REST key) and to the server's admin route. */
async function both(query: string) {
  const direct = await sendJson(`${emulator.url}/v3/users?${query}`, 'GET', { apikey: emulator.restApiKey });
  const response = await handler(
    new Request(`http://backend.test/users?${query}`, { headers: { authorization: `Bearer ${admin.authToken}` } }),
  );
  const text = await response.text();
  return { emulator: direct, server: { status: response.status, body: text ? JSON.parse(text) : undefined } };
}

const uidsOf = (body: { data?: { uid: string }[] }) => body.data?.map((user) => user.uid).sort();

describe('GET /users query: the server and the emulator read it with one parser', () => {
  it.for(['1', 'true', 'TRUE'])('withDeactivated=%s lists deactivated users on both', async (value) => {
    const answers = await both(`withDeactivated=${value}`);
    expect(answers.emulator.status, answers.emulator.text).toBe(200);
    expect(answers.server.status).toBe(200);
    expect(uidsOf(answers.emulator.body)).toContain('list-gone');
    expect(uidsOf(answers.server.body)).toEqual(uidsOf(answers.emulator.body));
  });

  it.for(['0', 'false', ''])('withDeactivated=%s leaves them out on both', async (value) => {
    const answers = await both(`withDeactivated=${value}`);
    expect(answers.emulator.status).toBe(200);
    expect(answers.server.status).toBe(200);
    expect(uidsOf(answers.emulator.body)).not.toContain('list-gone');
    expect(uidsOf(answers.server.body)).toEqual(uidsOf(answers.emulator.body));
  });

  it.for(['withDeactivated=yes', 'onlyDeactivated=on', 'searchIn=uid,email', 'status=away', 'perPage=1001'])(
    '%s answers 400 naming the parameter on both',
    async (query) => {
      const name = query.split('=')[0] as string;
      const answers = await both(query);
      expect(answers.emulator.status, answers.emulator.text).toBe(400);
      expect(answers.server.status).toBe(400);
      expect(Object.keys(answers.emulator.body.error.details)).toEqual([name]);
      expect(Object.keys(answers.server.body.error.details)).toEqual([name]);
      expect(answers.server.body.error.details[name]).toEqual(answers.emulator.body.error.details[name]);
    },
  );
});
