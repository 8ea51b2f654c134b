import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProfileEvent } from '@profilekit/core';
import { createBackendClient } from '@profilekit/core/backend';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandler } from '@profilekit/server';
import { toNodeHandler } from '@profilekit/server/node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestUser, type TestUser } from '../support/cometChatUsers';
import { openStream } from '../support/eventStream';

// Issue 31: a stream that drops and resumes with Last-Event-ID misses no event published while it was away.
let emulator: RunningEmulator;
let handler: ProfileKitHandler;
let server: ReturnType<typeof createServer>;
let api: string;
let admin: TestUser;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    basePath: '/api',
    rateLimit: false,
  });
  server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'resume-admin', role: 'admin' });
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await emulator?.close();
});

/** An admin rename through the handler itself (no socket), so it works while the stream's socket is cut. */
const rename = async (uid: string, name: string) => {
  const request = new Request(`http://backend.test/api/users/${uid}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${admin.authToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect((await handler(request)).status).toBe(200);
};
const names = (events: readonly ProfileEvent[]) =>
  events.flatMap((event) => (event.type === 'user.updated' ? [event.user.name] : []));

describe('resuming the event stream', () => {
  it('drop a stream, publish 3 events, resume with Last-Event-ID: all 3 arrive, in order, once', async () => {
    const { uid } = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'resume-raw' });
    const first = await openStream(api, admin.authToken);
    await rename(uid, 'Before');
    const [seen] = await first.waitFor((events) => events.length === 1);
    first.close();
    for (const name of ['One', 'Two', 'Three']) await rename(uid, name);
    const resumed = await openStream(api, admin.authToken, seen?.id);
    try {
      await rename(uid, 'Live');
      const events = await resumed.waitFor((all) => all.length >= 4);
      expect(names(events.map(({ event }) => event))).toEqual(['One', 'Two', 'Three', 'Live']);
      const ids = events.map(({ id }) => Number(id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
      expect(ids[0]).toBe(Number(seen?.id) + 1);
    } finally {
      resumed.close();
    }
  });

  it('the backend client reconnects by itself after the connection is cut and misses nothing', async () => {
    const { uid } = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'resume-client' });
    const received: ProfileEvent[] = [];
    const errors: unknown[] = [];
    const backend = createBackendClient({ baseUrl: api, getAuthToken: () => admin.authToken });
    const stop = backend.subscribeToEvents((event) => received.push(event), { onError: (error) => errors.push(error) });
    try {
      // Until the first event arrives the client may not be listening yet: rename until it does.
      await vi.waitFor(
        async () => {
          if (received.length === 0) await rename(uid, 'Warm-up');
          expect(received.length).toBeGreaterThan(0);
        },
        { timeout: 10_000, interval: 200 },
      );
      server.closeAllConnections();
      for (const name of ['One', 'Two', 'Three']) await rename(uid, name);
      await vi.waitFor(() => expect(names(received).slice(-3)).toEqual(['One', 'Two', 'Three']), { timeout: 15_000 });
      expect(names(received).filter((name) => name !== 'Warm-up')).toEqual(['One', 'Two', 'Three']);
    } finally {
      stop();
    }
  });

  it('the backend client stops for good on 401, reporting it', async () => {
    const errors: unknown[] = [];
    const backend = createBackendClient({ baseUrl: api, getAuthToken: () => 'resume-nobody_1796000000' });
    const stop = backend.subscribeToEvents(() => {}, { onError: (error) => errors.push(error) });
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ status: 401 });
    expect(String((errors[0] as Error).message)).not.toContain('resume-nobody_1796000000');
    stop();
  });
});
