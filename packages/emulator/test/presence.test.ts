import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from '../src/cli/args';
import { type RunningEmulator, startEmulator } from '../src/index';
import { callers, createAndLogin } from './helpers';

// Issue 31: the emulator's presence follows CometChat's docs (online at login, offline at logout and after a
// time without requests) and is announced with CometChat's webhooks, as are blocks.
interface Delivery {
  authorization: string | undefined;
  // biome-ignore lint/suspicious/noExplicitAny: a webhook body as received
  body: any;
}

/** A webhook receiver on loopback: records each delivery; `answers` gives the status of the next ones. */
async function receiver() {
  const deliveries: Delivery[] = [];
  const answers: number[] = [];
  const server = createServer(async (request: IncomingMessage, response) => {
    let text = '';
    for await (const chunk of request) text += chunk;
    deliveries.push({ authorization: request.headers.authorization, body: JSON.parse(text) });
    response.writeHead(answers.shift() ?? 200).end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/webhooks/cometchat`;
  return { url, deliveries, answers, close: () => new Promise((resolve) => server.close(resolve)) };
}

let hook: Awaited<ReturnType<typeof receiver>>;
let server: RunningEmulator;
let clock = Date.now();
let api: ReturnType<typeof callers>;

beforeAll(async () => {
  hook = await receiver();
  server = await startEmulator({
    port: 0,
    rateLimit: false,
    webhookUrl: hook.url,
    webhookBasicAuth: 'cometchat:hook-pass-phrase',
    presenceTimeout: 60,
    now: () => clock,
  });
  api = callers(server);
});
afterAll(async () => {
  await server.close();
  await hook.close();
});

const about = (uid: string, trigger: string) =>
  hook.deliveries.filter(({ body }) => body.trigger === trigger && JSON.stringify(body.data).includes(`"${uid}"`));

describe('presence and webhooks', () => {
  it('login sends user_connection_status_changed online in CometChat’s shape, with the Basic credentials', async () => {
    await createAndLogin(api, 'ana');
    await vi.waitFor(() => expect(about('ana', 'user_connection_status_changed')).toHaveLength(1));
    const [delivery] = about('ana', 'user_connection_status_changed');
    expect(delivery?.authorization).toBe(`Basic ${Buffer.from('cometchat:hook-pass-phrase').toString('base64')}`);
    expect(delivery?.body).toMatchObject({
      trigger: 'user_connection_status_changed',
      data: {
        timestamp: clock,
        user: { uid: 'ana', name: 'ana', status: 'online', role: 'default', lastActiveAt: Math.floor(clock / 1000) },
        status: 'online',
        currentConnection: { action: 'connected' },
        userPresenceChanged: true,
      },
      appId: server.appId,
      region: expect.any(String),
      webhook: expect.any(String),
    });
  });

  it('logout sends offline; a block and an unblock send user_blocked / user_unblocked with by and users', async () => {
    const token = await createAndLogin(api, 'ben');
    await createAndLogin(api, 'cleo');
    await api.user(token)('POST', '/v3/blockedusers', { blockedUids: ['cleo'] });
    await api.user(token)('DELETE', '/v3/blockedusers', { blockedUids: ['cleo'] });
    await api.user(token)('DELETE', '/v3/me');
    await vi.waitFor(() => expect(about('ben', 'user_connection_status_changed')).toHaveLength(2));
    expect(about('ben', 'user_connection_status_changed').map(({ body }) => body.data.status)).toEqual([
      'online',
      'offline',
    ]);
    for (const trigger of ['user_blocked', 'user_unblocked']) {
      const [blocked] = about('ben', trigger);
      expect(blocked?.body.data.by).toMatchObject({ uid: 'ben' });
      expect(Object.keys(blocked?.body.data.users ?? {})).toEqual(['cleo']);
    }
  });

  it('an online user goes offline after the presence timeout without a request, not before', async () => {
    const token = await createAndLogin(api, 'dora');
    clock += 50_000;
    await api.user(token)('GET', '/v3/me'); // activity moves lastActiveAt
    clock += 50_000; // 50 s since the last request: still online
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await api.admin('GET', '/v3/users/dora')).body.data.status).toBe('online');
    clock += 11_000; // 61 s
    await vi.waitFor(() => expect(about('dora', 'user_connection_status_changed')).toHaveLength(2), {
      timeout: 20_000,
    });
    expect(about('dora', 'user_connection_status_changed')[1]?.body.data.status).toBe('offline');
    expect((await api.admin('GET', '/v3/users/dora')).body.data).toMatchObject({ status: 'offline' });
  });

  it('retries a failed delivery with the same body, and never makes a request wait for the receiver', async () => {
    hook.answers.push(500, 503);
    await createAndLogin(api, 'eli');
    await vi.waitFor(() => expect(about('eli', 'user_connection_status_changed')).toHaveLength(3), { timeout: 10_000 });
    const bodies = about('eli', 'user_connection_status_changed').map(({ body }) => JSON.stringify(body));
    expect(new Set(bodies).size).toBe(1);
  });
});

describe('presence options', () => {
  it('the CLI takes --webhook-url, --webhook-basic-auth and --presence-timeout, refusing bad values by name', () => {
    expect(
      parseCliArgs([
        '--webhook-url',
        'http://127.0.0.1:8787/api/webhooks/cometchat',
        '--webhook-basic-auth',
        'u:p',
        '--presence-timeout',
        '30',
      ]),
    ).toMatchObject({
      webhookUrl: 'http://127.0.0.1:8787/api/webhooks/cometchat',
      webhookBasicAuth: 'u:p',
      presenceTimeout: 30,
    });
    expect(() => parseCliArgs(['--webhook-url', 'ftp://x'])).toThrow(/--webhook-url/);
    expect(() => parseCliArgs(['--webhook-url', 'http://x', '--webhook-basic-auth', 'nopass'])).toThrow(
      /--webhook-basic-auth/,
    );
    expect(() => parseCliArgs(['--presence-timeout', '-1'])).toThrow(/--presence-timeout/);
  });

  it('a receiver that never answers does not slow a login down', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/hook`;
    const slow = await startEmulator({ port: 0, rateLimit: false, webhookUrl: url });
    try {
      const started = performance.now();
      await createAndLogin(callers(slow), 'fay');
      expect(performance.now() - started).toBeLessThan(2000);
    } finally {
      await slow.close();
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
