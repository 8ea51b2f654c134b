import { isNetworkError, type UserClient } from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { createSdkClient } from '@profilekit/core/sdk';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { loadCometChatSdk } from '@profilekit/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFaultyFetch, type FaultyNetwork, matching } from '../support/faultyFetch';

let server: RunningEmulator;
let network: FaultyNetwork;
let client: UserClient;

beforeAll(async () => {
  server = await startEmulator({ port: 0, rateLimit: false });
  const CometChat = await loadCometChatSdk({ url: server.url, appId: server.appId });
  // The SDK calls the global fetch (rewritten to the emulator by the loader): put the faulty network in front of it.
  const sdkFetch = globalThis.fetch;
  network = createFaultyFetch(async (request) =>
    sdkFetch(request.url, {
      method: request.method,
      headers: request.headers,
      body: ['GET', 'HEAD'].includes(request.method) ? undefined : await request.text(),
    }),
  );
  globalThis.fetch = (input, init) => {
    const { referrer: _referrer, ...rest } = init ?? {};
    return network.fetch(input, rest);
  };
  client = withDevAuthKey(
    createSdkClient(CometChat, { retry: { limit: 2, backoffMs: 10 }, timeoutMs: 5000 }),
    server.authKey,
  );
  await client.createUser({ uid: 'sdk-fault', name: 'SDK fault' });
  await client.login('sdk-fault', server.authKey);
});
afterAll(async () => {
  network.up();
  await client.logout().catch(() => {});
  await server.close();
});

describe('SDK adapter under faults (the official SDK 4.2.0 behind a fault-injecting network)', () => {
  it('429 on a read: retried after a wait (the SDK hides Retry-After: 1 s), then succeeds', async () => {
    network.inject(matching('GET', '/users/sdk-fault'), { status: 429, retryAfter: 1 });
    const started = Date.now();
    expect(await client.getUser('sdk-fault')).toMatchObject({ uid: 'sdk-fault' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(network.count('GET', '/users/sdk-fault')).toBe(2);
  });

  it('503 from a proxy on a write: a clear NetworkError (the SDK hides the status); the retry succeeds', async () => {
    network.inject(matching('PUT', '/me'), { status: 503 });
    const error = await client.updateCurrentUserDetails({ statusMessage: 'Busy' }).catch((e) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(error.message).toMatch(/^Could not reach CometChat/);
    expect(await client.updateCurrentUserDetails({ statusMessage: 'Busy' })).toMatchObject({ statusMessage: 'Busy' });
  });

  it('network loss on a write: NetworkError ERR_NETWORK; the session goes on when it is back', async () => {
    network.down();
    const error = await client.updateCurrentUserDetails({ statusMessage: 'Offline' }).catch((e) => e);
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ERR_NETWORK' });
    network.up();
    expect(await client.updateCurrentUserDetails({ statusMessage: 'Online again' })).toMatchObject({
      uid: 'sdk-fault',
      statusMessage: 'Online again',
    });
  });
});
