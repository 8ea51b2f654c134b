import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandler } from '@profilekit/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { memoryAccounts } from '../support/memoryAccounts';

let emulator: RunningEmulator;
let handler: ProfileKitHandler;
let admin: TestUser;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    rateLimit: false,
    ...memoryAccounts(),
  });
  admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'case-admin', role: 'admin' });
});
afterAll(() => emulator.close());

/** One raw request to the server's handler as the admin, the answer parsed. */
async function asAdmin(method: string, path: string, body?: unknown) {
  const headers: Record<string, string> = { authorization: `Bearer ${admin.authToken}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await handler(
    new Request(`http://backend.test${path}`, {
      method,
      headers,
      ...(body !== undefined && { body: JSON.stringify(body) }),
    }),
  );
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
}

describe('@profilekit/server: uids are case-insensitive (the policy table says so)', () => {
  it('counts `Case-A` and `case-a` as one uid in a bulk deactivate', async () => {
    await createTestUser(emulator.url, emulator.restApiKey, { uid: 'case-a' });
    const answer = await asAdmin('POST', '/users/deactivate', { uids: ['Case-A', 'case-a'] });
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.data.uids).toEqual(['case-a']);
  });

  it('accepts an update whose body names the path uid in other letters', async () => {
    await createTestUser(emulator.url, emulator.restApiKey, { uid: 'case-b' });
    const same = await asAdmin('PATCH', '/users/Case-B', { uid: 'CASE-B', name: 'Renamed' });
    expect(same.status, same.text).toBe(200);
    expect(same.body.data).toMatchObject({ uid: 'case-b', name: 'Renamed' });
    const other = await asAdmin('PATCH', '/users/Case-B', { uid: 'case-a', name: 'Renamed' });
    expect(other.status, other.text).toBe(400);
    expect(other.body.error.details.uid).toEqual(['The UID identifies the user and never changes.']);
  });

  it('finds a user by its uid in other letters and refuses a uid the rule rejects, naming the field', async () => {
    await createTestUser(emulator.url, emulator.restApiKey, { uid: 'case-c' });
    const found = await asAdmin('GET', '/users/CASE-C');
    expect(found.status, found.text).toBe(200);
    expect(found.body.data.uid).toBe('case-c');
    const bad = await asAdmin('GET', '/users/case%20c');
    expect(bad.status, bad.text).toBe(400);
    expect(Object.keys(bad.body.error.details)).toEqual(['uid']);
  });

  it('reports a uid held in other letters as taken on sign-up', async () => {
    await createTestUser(emulator.url, emulator.restApiKey, { uid: 'case-d' });
    const answer = await asAdmin('GET', '/signup/uids/CASE-D');
    expect(answer.status, answer.text).toBe(200);
    expect(answer.body.data.available).toBe(false);
  });
});
