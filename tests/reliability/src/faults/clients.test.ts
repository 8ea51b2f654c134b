import { createServer } from 'node:net';
import {
  createHttpClient,
  isNetworkError,
  isRateLimitError,
  isValidationError,
  type UserClient,
} from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { createRestClient } from '@profilekit/core/rest';
import { createEmulator } from '@profilekit/emulator';
import { describe, expect, it } from 'vitest';
import { createFaultyFetch, matching } from '../support/faultyFetch';

const BASE_URL = 'http://emulator.test';
const kinds = ['http', 'rest'] as const;

/** An in-process emulator, a fault-injecting network in front of it, and a client of `kind` over that network. */
async function setUp(kind: (typeof kinds)[number], timeoutMs = 2000) {
  const emulator = createEmulator({ rateLimit: false });
  const network = createFaultyFetch((request) => emulator.fetch(request));
  const options = { fetch: network.fetch, timeoutMs, retry: { limit: 2, backoffMs: 10 } };
  const client: UserClient =
    kind === 'http'
      ? withDevAuthKey(createHttpClient({ baseUrl: BASE_URL }, options), emulator.authKey)
      : createRestClient({ baseUrl: BASE_URL }, { ...options, apiKey: emulator.restApiKey });
  await client.createUser({ uid: 'fault1', name: 'Fault' });
  await client.login('fault1', emulator.authKey);
  const usersNamed = async (uid: string) => {
    const request = new Request(`${BASE_URL}/v3/users?uids=${uid}&withDeactivated=1`, {
      headers: { apikey: emulator.restApiKey },
    });
    return ((await (await emulator.fetch(request)).json()) as { data: unknown[] }).data.length;
  };
  return { emulator, network, client, usersNamed };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error,
  );

describe.each(kinds)('%s client under faults (a fault-injecting network in front of the emulator)', (kind) => {
  it('429 on a read: waits Retry-After, then succeeds', async () => {
    const { client, network } = await setUp(kind);
    network.inject(matching('GET', '/users/fault1'), { status: 429, retryAfter: 1 });
    const started = Date.now();
    expect(await client.getUser('fault1')).toMatchObject({ uid: 'fault1' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(network.count('GET', '/users/fault1')).toBe(2);
  });

  it('429 on a write: RateLimitError with retryAfterMs, sent once; the retry later succeeds', async () => {
    const { client, network } = await setUp(kind);
    network.inject(matching('PUT', '/me'), { status: 429, retryAfter: 3 });
    const error = await failure(client.updateCurrentUserDetails({ statusMessage: 'Busy' }));
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 3000 });
    expect(network.count('PUT', '/me')).toBe(2); // the login, and this one: never retried
    expect(await client.updateCurrentUserDetails({ statusMessage: 'Busy' })).toMatchObject({ statusMessage: 'Busy' });
  });

  it('502 then 503 on a read: retried with back-off, then succeeds', async () => {
    const { client, network } = await setUp(kind);
    network.inject(matching('GET', '/users/fault1'), { status: 502 });
    network.inject(matching('GET', '/users/fault1'), { status: 503 });
    expect(await client.getUser('fault1')).toMatchObject({ uid: 'fault1' });
    expect(network.count('GET', '/users/fault1')).toBe(3);
  });

  it('5xx that persists on a read: a clear error with the status after a bounded number of tries', async () => {
    const { client, network } = await setUp(kind);
    network.inject(matching('GET', '/users/fault1'), { status: 500 }, 10);
    const error = await failure(client.getUser('fault1'));
    expect(error).toMatchObject({ status: 500, code: 'HTTP_500' });
    expect((error as Error).message).toMatch(/500/);
    expect(network.count('GET', '/users/fault1')).toBe(3);
  });

  it('503 on a create: an error, not retried, nothing created; creating again creates exactly one user', async () => {
    const { client, network, usersNamed } = await setUp(kind);
    network.inject(matching('POST', '/users'), { status: 503 });
    expect(await failure(client.createUser({ uid: 'new503', name: 'New' }))).toMatchObject({ status: 503 });
    expect(network.count('POST', '/users')).toBe(2); // set-up, and this one
    expect(await usersNamed('new503')).toBe(0);
    expect(await client.createUser({ uid: 'new503', name: 'New' })).toMatchObject({ uid: 'new503' });
    expect(await usersNamed('new503')).toBe(1);
  });

  it('no answer in time: ERR_TIMEOUT naming the wait; nothing half-done', async () => {
    const { client, network } = await setUp(kind, 400);
    network.inject(matching('PUT', '/me'), { delayMs: 3000 });
    const error = await failure(client.updateCurrentUserDetails({ statusMessage: 'Late' }));
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ERR_TIMEOUT' });
    expect((error as Error).message).toMatch(/400 ms/);
    expect(await client.getLoggedInUser()).not.toHaveProperty('statusMessage', 'Late');
  });

  it('network loss on a read: retried, then succeeds; on a write: ERR_NETWORK, sent once', async () => {
    const { client, network } = await setUp(kind);
    network.inject(matching('GET', '/users/fault1'), 'reject');
    expect(await client.getUser('fault1')).toMatchObject({ uid: 'fault1' });
    network.inject(matching('PUT', '/me'), 'reject');
    const error = await failure(client.updateCurrentUserDetails({ name: 'Offline edit' }));
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ERR_NETWORK', status: 0 });
    expect(network.count('PUT', '/me')).toBe(2);
  });

  it('a create whose answer is lost: trying again never makes a second user', async () => {
    const { client, network, usersNamed } = await setUp(kind);
    network.inject(matching('POST', '/users'), 'loseAnswer');
    expect(await failure(client.createUser({ uid: 'lost1', name: 'Lost' }))).toMatchObject({ code: 'ERR_NETWORK' });
    const again = await failure(client.createUser({ uid: 'lost1', name: 'Lost' }));
    expect(isValidationError(again)).toBe(true);
    expect(again).toMatchObject({ code: 'ERR_UID_ALREADY_EXISTS' });
    expect(await usersNamed('lost1')).toBe(1);
  });

  it('the network comes back: the same session goes on', async () => {
    const { client, network } = await setUp(kind);
    network.down();
    expect(await failure(client.getLoggedInUser())).toMatchObject({ code: 'ERR_NETWORK' });
    network.up();
    expect(await client.getLoggedInUser()).toMatchObject({ uid: 'fault1' });
    expect(await client.updateCurrentUserDetails({ statusMessage: 'Back' })).toMatchObject({ statusMessage: 'Back' });
  });
});

it('a closed port: ERR_NETWORK at once, with the URL in the message and no key in it', async () => {
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  const authKey = 'fca09dc6898fb18cfb4d353fefd8c4de3649f24d';
  const client = withDevAuthKey(
    createHttpClient({ baseUrl: `http://127.0.0.1:${port}` }, { retry: { limit: 0 } }),
    authKey,
  );
  const started = Date.now();
  const error = await failure(client.createUser({ uid: 'nowhere', name: 'Nowhere' }));
  expect(error).toMatchObject({ name: 'NetworkError', code: 'ERR_NETWORK' });
  expect((error as Error).message).toContain(`127.0.0.1:${port}`);
  expect(JSON.stringify(error) + String((error as Error).message)).not.toContain(authKey);
  expect(Date.now() - started).toBeLessThan(2000);
});
