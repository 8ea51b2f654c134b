import { createHttpClient, isProfileKitError, localStorageTokenStore, memoryTokenStore } from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openInProcess } from './inProcess';

let close: (() => void) | undefined;
afterEach(() => {
  close?.();
  vi.unstubAllGlobals();
});

/** An emulator for app `abc123`, reached through CometChat's https hosts rewritten to it. */
function openCometChatHosts() {
  const { emulator, fetch } = openInProcess({ appId: 'abc123' });
  close = () => emulator.close();
  const sent: { url: string; headers: Headers }[] = [];
  const viaCometChatHosts: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    sent.push({ url: request.url, headers: request.headers });
    const path = new URL(request.url).pathname;
    return fetch(new Request(`http://emulator.test${path}${new URL(request.url).search}`, request));
  };
  return { emulator, sent, fetch: viaCometChatHosts };
}

describe('createHttpClient against CometChat hosts', () => {
  it('sends admin calls to api-{region}/v3 with apikey, and user calls to apiclient-{region}/v3.0 with authToken + appId', async () => {
    const { emulator, sent, fetch } = openCometChatHosts();
    const client = withDevAuthKey(createHttpClient({ appId: 'abc123', region: 'eu' }, { fetch }), emulator.authKey);
    await client.createUser({ uid: 'kev', name: 'Kevin' });
    await client.login('kev', emulator.authKey);
    await client.updateCurrentUserDetails({ statusMessage: 'Hi' });
    const [create, token, me, update] = sent;
    expect(create?.url).toBe('https://abc123.api-eu.cometchat.io/v3/users');
    expect(create?.headers.get('apikey')).toBe(emulator.authKey);
    expect(create?.headers.has('authtoken')).toBe(false);
    expect(token?.url).toBe('https://abc123.api-eu.cometchat.io/v3/users/kev/auth_tokens');
    expect(me?.url).toBe('https://abc123.apiclient-eu.cometchat.io/v3.0/me');
    expect(update?.headers.get('authtoken')).toMatch(/^kev_/);
    expect(update?.headers.get('appid')).toBe('abc123');
    expect(update?.headers.has('apikey')).toBe(false);
  });
});

describe('token stores', () => {
  it('localStorageTokenStore keeps the login across a reload', async () => {
    const { emulator, fetch } = openInProcess();
    close = () => emulator.close();
    const items = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
      removeItem: (key: string) => items.delete(key),
    });
    const target = { baseUrl: 'http://emulator.test' };
    const before = createHttpClient(target, { fetch, tokenStore: localStorageTokenStore() });
    await before.createUser({ uid: 'stay', name: 'Stay' }, emulator.authKey);
    await before.login('stay', emulator.authKey);
    expect(items.get('profilekit:authToken')).toMatch(/^stay_/);
    const afterReload = createHttpClient(target, { fetch, tokenStore: localStorageTokenStore() });
    expect(await afterReload.getLoggedInUser()).toMatchObject({ uid: 'stay' });
    await afterReload.logout();
    expect(items.has('profilekit:authToken')).toBe(false);
  });

  it('localStorageTokenStore without storage (blocked, private mode) keeps nothing and does not throw', async () => {
    vi.stubGlobal('localStorage', undefined);
    const store = localStorageTokenStore('k');
    expect(() => store.set('t')).not.toThrow();
    expect(store.get()).toBeUndefined();
  });

  it('getLoggedInUser forgets a token the server no longer knows', async () => {
    const { emulator, fetch } = openInProcess();
    close = () => emulator.close();
    const tokens = memoryTokenStore();
    tokens.set('ghost_1700000000aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
    const client = createHttpClient({ baseUrl: 'http://emulator.test' }, { fetch, tokenStore: tokens });
    expect(await client.getLoggedInUser()).toBeNull();
    expect(tokens.get()).toBeNull();
  });
});

describe('retries and odd answers', () => {
  /** A client whose next `times` answers are `status` with a non-JSON body and `Retry-After: 0`. */
  async function flaky() {
    const { emulator, fetch } = openInProcess();
    close = () => emulator.close();
    const calls: string[] = [];
    const failing = { status: 503, times: 0 };
    const flakyFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      calls.push(request.method);
      if (failing.times-- > 0) {
        return new Response('<html>busy</html>', { status: failing.status, headers: { 'retry-after': '0' } });
      }
      return fetch(request);
    };
    const client = createHttpClient(
      { baseUrl: 'http://emulator.test' },
      { fetch: flakyFetch, retry: { backoffMs: 1 } },
    );
    await client.createUser({ uid: 'r1', name: 'R' }, emulator.authKey);
    await client.login('r1', emulator.authKey);
    calls.length = 0;
    return { emulator, client, calls, failing };
  }

  it('a GET is retried on 503 and 502, then succeeds', async () => {
    const { client, calls, failing } = await flaky();
    failing.times = 2;
    expect(await client.getUser('r1')).toMatchObject({ uid: 'r1' });
    expect(calls).toEqual(['GET', 'GET', 'GET']);
  });

  it('a GET gives up after the retry limit with the last error', async () => {
    const { client, calls, failing } = await flaky();
    failing.times = 10;
    failing.status = 502;
    const error = await client.getUser('r1').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ProfileKitError', code: 'HTTP_502', status: 502 });
    expect(calls).toHaveLength(3);
  });

  it('a POST or PUT answered 503 fails at once (never retried)', async () => {
    const { emulator, client, calls, failing } = await flaky();
    failing.times = 2;
    const create = await client.createUser({ uid: 'p1', name: 'P' }, emulator.authKey).catch((e: unknown) => e);
    expect(isProfileKitError(create)).toBe(true);
    expect(create).toMatchObject({ code: 'HTTP_503', status: 503 });
    const update = await client.updateCurrentUserDetails({ name: 'Q' }).catch((e: unknown) => e);
    expect(update).toMatchObject({ status: 503 });
    expect(calls).toEqual(['POST', 'PUT']);
  });
});
