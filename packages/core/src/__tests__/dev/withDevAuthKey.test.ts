import { afterEach, describe, expect, it, vi } from 'vitest';
import { withDevAuthKey } from '../../dev/withDevAuthKey';
import { isAuthError } from '../../errors';
import { createHttpClient } from '../../http';

const DEV_KEY = 'dev0123456789abcdef0123456789abcdef012345';

/** The network in front of CometChat: records each request; answers with a user, a token, or 401 for `bad` keys. */
function cometChatNetwork() {
  const sent: { method: string; path: string; apikey?: string; authToken?: string }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input));
    const headers = init?.headers as Record<string, string>;
    sent.push({
      method: init?.method ?? 'GET',
      path: url.pathname,
      ...(headers.apikey && { apikey: headers.apikey }),
      ...(headers.authToken && { authToken: headers.authToken }),
    });
    if (headers.apikey?.startsWith('bad')) {
      const error = { code: 'AUTH_ERR_APIKEY_NOT_FOUND', message: `The apikey ${headers.apikey} does not exist.` };
      return Response.json({ error }, { status: 401 });
    }
    const data = url.pathname.endsWith('/auth_tokens')
      ? { uid: 'usr1', authToken: 'usr1_1700000000deadbeefdeadbeefdeadbeef' }
      : { uid: 'usr1', name: 'Kevin' };
    return Response.json({ data });
  };
  return { sent, fetch };
}

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('withDevAuthKey', () => {
  it('sends the key with createUser and updateUser when the call passes none, and the call’s own key when it does', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const network = cometChatNetwork();
    const client = withDevAuthKey(createHttpClient({ baseUrl: 'https://cometchat.test' }, network), DEV_KEY);
    await client.createUser({ uid: 'usr1', name: 'Kevin' });
    await client.updateUser({ uid: 'usr1', name: 'Kev' });
    await client.createUser({ uid: 'usr2', name: 'Ada' }, 'other-key-0123456789');
    expect(network.sent).toEqual([
      { method: 'POST', path: '/users', apikey: DEV_KEY },
      { method: 'PUT', path: '/users/usr1', apikey: DEV_KEY },
      { method: 'POST', path: '/users', apikey: 'other-key-0123456789' },
    ]);
  });

  it('logs in by uid with the key (loginWithDevAuthKey), then calls as that user; the rest of the client is the same', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const network = cometChatNetwork();
    const client = withDevAuthKey(createHttpClient({ baseUrl: 'https://cometchat.test' }, network), DEV_KEY);
    await expect(client.loginWithDevAuthKey('usr1')).resolves.toMatchObject({ uid: 'usr1' });
    await client.updateCurrentUserDetails({ statusMessage: 'Hi' });
    expect(network.sent).toEqual([
      { method: 'POST', path: '/users/usr1/auth_tokens', apikey: DEV_KEY },
      { method: 'PUT', path: '/me', authToken: 'usr1_1700000000deadbeefdeadbeefdeadbeef' },
      { method: 'PUT', path: '/me', authToken: 'usr1_1700000000deadbeefdeadbeefdeadbeef' },
    ]);
  });

  it('never shows the key in an error', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const badKey = `bad${DEV_KEY.slice(3)}`;
    const client = withDevAuthKey(createHttpClient({ baseUrl: 'https://cometchat.test' }, cometChatNetwork()), badKey);
    const error = await client.createUser({ uid: 'usr1', name: 'Kevin' }).catch((caught: unknown) => caught);
    expect(isAuthError(error)).toBe(true);
    expect(JSON.stringify(error)).not.toContain(badKey);
    expect(String((error as Error).message)).toContain('****');
  });

  it('without a key returns the client itself, with no uid login', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const client = createHttpClient({ baseUrl: 'https://cometchat.test' });
    const same = withDevAuthKey(client, undefined);
    expect(same).toBe(client);
    expect(same.loginWithDevAuthKey).toBeUndefined();
  });

  it('is refused in a production build', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const client = createHttpClient({ baseUrl: 'https://cometchat.test' });
    expect(() => withDevAuthKey(client, DEV_KEY)).toThrow(/development only/);
  });

  it('works in development, with one warning that never shows the key', () => {
    vi.stubEnv('NODE_ENV', 'development');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    withDevAuthKey(createHttpClient({ baseUrl: 'https://cometchat.test' }), DEV_KEY);
    withDevAuthKey(createHttpClient({ baseUrl: 'https://cometchat.test' }), DEV_KEY);
    expect(warn.mock.calls.length).toBeLessThanOrEqual(1);
    for (const call of warn.mock.calls) expect(String(call[0])).not.toContain(DEV_KEY);
  });
});
