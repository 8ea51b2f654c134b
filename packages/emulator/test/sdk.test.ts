import { beforeAll, describe, expect, it } from 'vitest';
import { type CometChatSdk, loadCometChatSdk } from '../src/testing/index';
import { callers, useEmulator } from './helpers';

const ctx = useEmulator();
let CometChat: CometChatSdk;

beforeAll(async () => {
  CometChat = await loadCometChatSdk({ url: ctx.server.url, appId: ctx.server.appId });
});

function newUser(uid: string, name: string) {
  const user = new CometChat.User(uid);
  user.setName(name);
  return user;
}

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return String((error as { code?: unknown }).code);
  }
  throw new Error('expected a CometChatException');
}

describe('the official SDK 4.2.0 against the emulator', () => {
  it('createUser(user, authKey) stores the user lowercased, offline, with the default role', async () => {
    const user = newUser('SDK-Tony', 'Tony Stark');
    user.setAvatar('https://example.com/tony.png');
    user.setTags(['avengers']);
    const created = await CometChat.createUser(user, ctx.server.authKey);
    expect(created).toBeInstanceOf(CometChat.User);
    expect(created.getUid()).toBe('sdk-tony');
    expect(created.getName()).toBe('Tony Stark');
    expect(created.getAvatar()).toBe('https://example.com/tony.png');
    expect(created.getRole()).toBe('default');
    expect(created.getStatus()).toBe('offline');
    expect(created.getTags()).toEqual(['avengers']);
    for (const [uid, name] of [
      ['sdk-steve', 'Steve Rogers'],
      ['sdk-natasha', 'Natasha Romanoff'],
      ['sdk-bruce', 'Bruce Banner'],
      ['sdk-thor', 'Thor Odinson'],
    ]) {
      await CometChat.createUser(newUser(uid as string, name as string), ctx.server.authKey);
    }
  });

  it('createUser rejects a taken uid and an invalid one with CometChatExceptions', async () => {
    expect(await codeOf(CometChat.createUser(newUser('SDK-TONY', 'Again'), ctx.server.authKey))).toBe(
      'ERR_UID_ALREADY_EXISTS',
    );
    const bad = newUser('sdk-bad', 'Bad');
    bad.setLink('not-a-url');
    const error = await CometChat.createUser(bad, ctx.server.authKey).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ERR_BAD_REQUEST', details: { link: [expect.any(String)] } });
    expect(await codeOf(CometChat.createUser(newUser('sdk-x', 'X'), 'f'.repeat(40)))).toBe('AUTH_ERR_APIKEY_NOT_FOUND');
  });

  it('login(uid, authKey) logs in: online, with an auth token; getLoggedinUser answers them', async () => {
    const user = await CometChat.login('sdk-tony', ctx.server.authKey);
    expect(user.getUid()).toBe('sdk-tony');
    expect(user.getStatus()).toBe('online');
    expect(user.getAuthToken()).toMatch(/^sdk-tony_\d{10}[0-9a-f]{40}$/);
    const loggedIn = await CometChat.getLoggedinUser();
    expect(loggedIn?.getUid()).toBe('sdk-tony');
    const server = await callers(ctx.server).admin('GET', '/v3/users/sdk-tony');
    expect(server.body.data.status).toBe('online');
  });

  it('updateCurrentUserDetails changes the profile, but an attempt to change the role has no effect', async () => {
    const me = newUser('sdk-tony', 'Iron Man');
    me.setStatusMessage('Suiting up');
    me.setRole('admin');
    me.setMetadata({ suit: 'mark-85' });
    const updated = await CometChat.updateCurrentUserDetails(me);
    expect(updated.getName()).toBe('Iron Man');
    expect(updated.getStatusMessage()).toBe('Suiting up');
    expect(updated.getMetadata()).toEqual({ suit: 'mark-85' });
    expect(updated.getRole()).toBe('default');
    const server = await callers(ctx.server).admin('GET', '/v3/users/sdk-tony');
    expect(server.body.data).toMatchObject({ name: 'Iron Man', role: 'default', statusMessage: 'Suiting up' });
  });

  it('updateUser(user, authKey) changes another user, role included', async () => {
    const steve = newUser('sdk-steve', 'Captain America');
    steve.setRole('moderator');
    const updated = await CometChat.updateUser(steve, ctx.server.authKey);
    expect(updated.getName()).toBe('Captain America');
    expect(updated.getRole()).toBe('moderator');
  });

  it('getUser reads a user relative to the logged-in one; an unknown uid is ERR_UID_NOT_FOUND', async () => {
    const steve = await CometChat.getUser('SDK-STEVE');
    expect(steve.getUid()).toBe('sdk-steve');
    expect(steve.getName()).toBe('Captain America');
    expect(steve.getBlockedByMe()).toBe(false);
    expect(steve.getHasBlockedMe()).toBe(false);
    expect(await codeOf(CometChat.getUser('sdk-nobody'))).toBe('ERR_UID_NOT_FOUND');
  });

  it('UsersRequestBuilder pages through users (not the logged-in one) and searches', async () => {
    const request = new CometChat.UsersRequestBuilder().setLimit(2).setSearchKeyword('sdk-').build();
    const pages: string[][] = [];
    for (;;) {
      const users = await request.fetchNext();
      if (users.length === 0) break;
      pages.push(users.map((user) => user.getUid()));
    }
    expect(pages).toEqual([
      ['sdk-bruce', 'sdk-steve'],
      ['sdk-natasha', 'sdk-thor'],
    ]);
    const search = await new CometChat.UsersRequestBuilder()
      .setLimit(30)
      .setSearchKeyword('natasha r')
      .build()
      .fetchNext();
    expect(search.map((user) => user.getName())).toEqual(['Natasha Romanoff']);
    const inside = await new CometChat.UsersRequestBuilder().setLimit(30).setSearchKeyword('rom').build().fetchNext();
    expect(inside).toEqual([]);
  });

  it('blockUsers / unblockUsers are reflected in blockedByMe', async () => {
    const blocked = (await CometChat.blockUsers(['sdk-thor'])) as Record<string, { success: boolean }>;
    expect(blocked['sdk-thor']?.success).toBe(true);
    expect((await CometChat.getUser('sdk-thor')).getBlockedByMe()).toBe(true);
    const listed = await new CometChat.UsersRequestBuilder().setLimit(30).setSearchKeyword('thor').build().fetchNext();
    expect(listed[0]?.getBlockedByMe()).toBe(true);
    const blockedList = await new CometChat.BlockedUsersRequestBuilder().setLimit(10).build().fetchNext();
    expect(blockedList.map((user) => user.getUid())).toEqual(['sdk-thor']);
    await CometChat.unblockUsers(['sdk-thor']);
    expect((await CometChat.getUser('sdk-thor')).getBlockedByMe()).toBe(false);
  });

  it('logout logs out: no logged-in user, offline on the server', async () => {
    await CometChat.logout();
    expect(await CometChat.getLoggedinUser()).toBeNull();
    const server = await callers(ctx.server).admin('GET', '/v3/users/sdk-tony');
    expect(server.body.data.status).toBe('offline');
  });

  it('login(authToken) logs in with a token the backend created; a revoked one is refused', async () => {
    const api = callers(ctx.server);
    const { authToken } = (await api.admin('POST', '/v3/users/sdk-natasha/auth_tokens', {})).body.data;
    const user = await CometChat.login(authToken);
    expect(user.getUid()).toBe('sdk-natasha');
    expect(user.getStatus()).toBe('online');
    await CometChat.logout();
    await api.admin('DELETE', `/v3/users/sdk-natasha/auth_tokens/${authToken}`);
    expect(await codeOf(CometChat.login(authToken))).toBe('AUTH_ERR_AUTH_TOKEN_NOT_FOUND');
  });
});
