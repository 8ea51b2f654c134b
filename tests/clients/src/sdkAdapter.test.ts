import { withDevAuthKey } from '@profilekit/core/dev';
import { createSdkClient, errorFromCometChat } from '@profilekit/core/sdk';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { type CometChatSdk, loadCometChatSdk } from '@profilekit/emulator/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let server: RunningEmulator;
let CometChat: CometChatSdk;
beforeAll(async () => {
  server = await startEmulator({ port: 0 });
  CometChat = await loadCometChatSdk({ url: server.url, appId: server.appId });
});
afterAll(() => server.close());

describe('errorFromCometChat', () => {
  it('maps a CometChatException carrying a server error to the same class the fetch clients raise', () => {
    const exception = new CometChat.CometChatException({
      code: 'ERR_BAD_REQUEST',
      name: 'ERR_BAD_REQUEST',
      message: 'The avatar must be a valid URL.',
      details: { avatar: ['The avatar must be a valid URL.'] } as never,
    });
    const error = errorFromCometChat(exception);
    expect(error).toMatchObject({ name: 'ValidationError', code: 'ERR_BAD_REQUEST', status: 400 });
    expect(error.details).toEqual({ avatar: ['The avatar must be a valid URL.'] });
    expect(error.cause).toBe(exception);
  });

  it('maps FAILED_TO_FETCH to NetworkError ERR_NETWORK and unknown codes to ProfileKitError status 0', () => {
    expect(errorFromCometChat({ code: 'FAILED_TO_FETCH', message: 'offline' })).toMatchObject({
      name: 'NetworkError',
      code: 'ERR_NETWORK',
      status: 0,
    });
    expect(errorFromCometChat(new TypeError('boom'))).toMatchObject({ name: 'ProfileKitError', code: 'ERR_SDK' });
  });

  it('masks the keys it is given', () => {
    const key = 'fca09dc6898fb18cfb4d353fefd8c4de3649f24d';
    const error = errorFromCometChat({ code: 'AUTH_ERR_APIKEY_NOT_FOUND', message: `key ${key} unknown` }, [key]);
    expect(error).toMatchObject({ name: 'AuthError', status: 401 });
    expect(error.message).not.toContain(key);
  });
});

describe('createSdkClient over the official SDK', () => {
  it("the SDK's own checks surface as profilekit errors (a listing over the SDK's 100-per-page limit)", async () => {
    const client = createSdkClient(CometChat);
    await client.createUser({ uid: 'lim1', name: 'Lim' }, server.authKey);
    await client.login('lim1', server.authKey);
    const error = await client.listUsers({ limit: 101 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ProfileKitError', status: 0 });
    expect((error as Error).message).toMatch(/limit/i);
    await client.logout();
  });

  it('uses the default authKey when createUser is given none', async () => {
    const client = withDevAuthKey(createSdkClient(CometChat), server.authKey);
    expect(await client.createUser({ uid: 'dflt1', name: 'Default' })).toMatchObject({ uid: 'dflt1' });
  });

  it('a logged-in user clears avatar, link and metadata as the SDK lets them (emptied, no unset) and they are gone', async () => {
    const client = withDevAuthKey(createSdkClient(CometChat), server.authKey);
    const full = { avatar: 'https://a.example/c.png', link: 'https://l.example/c', metadata: { plan: 'pro' } };
    await client.createUser({ uid: 'clr1', name: 'Clear', ...full });
    await client.login('clr1', server.authKey);
    const bodies: unknown[] = [];
    const sdkFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (String(input).endsWith('/me') && init?.method === 'PUT') bodies.push(JSON.parse(String(init.body)));
      return sdkFetch(input, init);
    };
    try {
      const cleared = await client.updateCurrentUserDetails({ unset: ['avatar', 'link', 'metadata'] });
      expect(cleared).not.toHaveProperty('avatar');
      expect(cleared).not.toHaveProperty('link');
      expect(cleared).not.toHaveProperty('metadata');
    } finally {
      globalThis.fetch = sdkFetch;
      await client.logout();
    }
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({ avatar: '', link: '', metadata: {} });
    expect(bodies[0]).not.toHaveProperty('unset');
  });
});
