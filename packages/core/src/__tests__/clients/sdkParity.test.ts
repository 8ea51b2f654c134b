import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withDevAuthKey } from '../../dev/withDevAuthKey';
import { createHttpClient } from '../../http/createHttpClient';
import { createRestClient } from '../../rest/createRestClient';

/** One request as the network saw it. */
interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * A network standing in for CometChat: records every request and answers `PUT /me` with the user (and the
 * `settings` given), a token for `auth_tokens`, and `{ data: [] }` or `{ data: {} }` for the rest.
 */
function cometChatNetwork(settings?: Record<string, string>) {
  const sent: Sent[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = String(input);
    const method = init?.method ?? 'GET';
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    sent.push({ method, url, headers: { ...(init?.headers as Record<string, string>) }, body });
    const data = url.endsWith('/me')
      ? { uid: 'usr1', name: 'Kevin', status: 'online', ...(settings && { settings }) }
      : url.endsWith('/auth_tokens')
        ? { uid: 'usr1', authToken: 'usr1_token' }
        : url.includes('/users?')
          ? []
          : { uid: 'usr1', name: 'Kevin' };
    return new Response(JSON.stringify({ data }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { sent, fetch };
}

const cloud = { appId: 'abc123', region: 'eu' };
const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));

describe('the REST admin client lists online users as the REST API documents them', () => {
  it('sends status=available (the REST API knows available | offline), not status=online', async () => {
    const network = cometChatNetwork();
    const admin = createRestClient(cloud, { apiKey: 'rest-key', fetch: network.fetch });
    await admin.listUsers({ status: 'online' });
    const query = new URL(network.sent[0]?.url ?? '').searchParams;
    expect(query.get('status')).toBe('available');
  });
});

describe("a logged-in user clears fields as the official SDK's updateCurrentUserDetails does", () => {
  it('sends avatar "", link "" and metadata {} in PUT /me, never unset (documented for the admin update only)', async () => {
    const network = cometChatNetwork();
    const client = createHttpClient(cloud, { fetch: network.fetch });
    await client.login('usr1_token');
    await client.updateCurrentUserDetails({ statusMessage: 'Away', unset: ['avatar', 'link', 'metadata'] });
    const update = network.sent.at(-1);
    expect(update).toMatchObject({ method: 'PUT' });
    expect(update?.url).toMatch(/\/me$/);
    expect(update?.body).toEqual({ statusMessage: 'Away', avatar: '', link: '', metadata: {} });
  });

  it('an admin update still sends unset, as the REST API documents it', async () => {
    const network = cometChatNetwork();
    const admin = createRestClient(cloud, { apiKey: 'rest-key', fetch: network.fetch });
    await admin.updateUser({ uid: 'usr1', unset: ['avatar'] });
    expect(network.sent[0]?.body).toEqual({ unset: ['avatar'] });
  });
});

describe('after a login the client moves to the hosts the settings name, as the SDK does', () => {
  const settings = {
    ADMIN_API_HOST: 'abc123.api-eu-2.cometchat.io',
    CLIENT_API_HOST: 'abc123.apiclient-eu-2.cometchat.io',
    CHAT_API_VERSION: 'v3.0',
  };

  it('builds https://{CLIENT_API_HOST}/{CHAT_API_VERSION} and https://{ADMIN_API_HOST}/{CHAT_API_VERSION}', async () => {
    const network = cometChatNetwork(settings);
    const client = withDevAuthKey(createHttpClient(cloud, { fetch: network.fetch }), 'auth-key');
    await client.login('usr1', 'auth-key');
    await client.getUser('bob');
    await client.createUser({ uid: 'bob', name: 'Bob' });
    expect(network.sent.map((request) => `${request.method} ${request.url}`)).toEqual([
      'POST https://abc123.api-eu.cometchat.io/v3/users/usr1/auth_tokens',
      'PUT https://abc123.apiclient-eu.cometchat.io/v3.0/me',
      'GET https://abc123.apiclient-eu-2.cometchat.io/v3.0/users/bob',
      'POST https://abc123.api-eu-2.cometchat.io/v3.0/users',
    ]);
  });

  it('ignores settings whose hosts are not bare host names, and never leaves a base URL you chose', async () => {
    const hostile = { ...settings, CLIENT_API_HOST: 'evil.example/steal?x=' };
    const network = cometChatNetwork(hostile);
    const client = createHttpClient(cloud, { fetch: network.fetch });
    await client.login('usr1_token');
    await client.getUser('bob');
    expect(network.sent.at(-1)?.url).toBe('https://abc123.apiclient-eu.cometchat.io/v3.0/users/bob');

    const local = cometChatNetwork(settings);
    const emulator = createHttpClient({ baseUrl: 'http://127.0.0.1:5174' }, { fetch: local.fetch });
    await emulator.login('usr1_token');
    await emulator.getUser('bob');
    expect(local.sent.at(-1)?.url).toBe('http://127.0.0.1:5174/users/bob');
  });
});

describe('a login looks like the SDK login; every request names profilekit', () => {
  it('PUT /me (and the Auth Key login) carry platform, a stable device id and app info', async () => {
    const network = cometChatNetwork();
    await createHttpClient(cloud, { fetch: network.fetch }).login('usr1', 'auth-key');
    await createHttpClient(cloud, { fetch: network.fetch }).login('usr1_token');
    const logins = network.sent.filter((request) => request.method !== 'GET');
    expect(logins).toHaveLength(3);
    for (const { body } of logins) {
      expect(body).toEqual({
        platform: 'WEB',
        deviceId: expect.stringMatching(/^abc123_[0-9a-f-]{32,36}_\d{13}$/),
        appInfo: { version: `profilekit@${version}`, apiVersion: 'v3.0', userAgent: expect.any(String) },
      });
    }
    const deviceIds = new Set(logins.map(({ body }) => (body as { deviceId: string }).deviceId));
    expect(deviceIds.size, 'one device id for every client of this browser/process').toBe(1);
  });

  it('sends resource (one per client) and sdk (profilekit@<package.json version>) headers on every request', async () => {
    const network = cometChatNetwork();
    const client = withDevAuthKey(createHttpClient(cloud, { fetch: network.fetch }), 'auth-key');
    await client.login('usr1', 'auth-key');
    await client.getUser('bob');
    await createHttpClient(cloud, { fetch: network.fetch }).login('usr1_token');
    for (const { headers } of network.sent) {
      expect(headers.sdk).toBe(`profilekit@${version}`);
      expect(headers.resource).toMatch(/^PROFILEKIT-[0-9a-f-]{8,36}-\d{13}$/);
      expect(headers.appId).toBe('abc123');
    }
    const resources = network.sent.map(({ headers }) => headers.resource);
    expect(new Set(resources.slice(0, 3)).size).toBe(1);
    expect(resources[3]).not.toBe(resources[0]);
  });
});
