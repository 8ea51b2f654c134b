import { describe, expect, it } from 'vitest';
import { createAndLogin, useEmulator } from './helpers';

const ctx = useEmulator();

describe('PUT /me, GET /me, DELETE /me', () => {
  it('logs in: status online, lastActiveAt, and the auth token in the answer', async () => {
    const created = await ctx.api.authKey('POST', '/v3/users', { uid: 'kevin', name: 'Kevin', role: 'admin' });
    const { authToken } = (await ctx.api.authKey('POST', '/v3/users/kevin/auth_tokens', {})).body.data;
    const login = await ctx.api.user(authToken)('PUT', '/me', {
      platform: 'WEB',
      deviceId: 'device-1',
      appInfo: { version: 'v4.2.0' },
    });
    expect(login.status).toBe(200);
    expect(login.body.data).toMatchObject({
      uid: 'kevin',
      status: 'online',
      authToken,
      lastActiveAt: expect.any(Number),
    });
    // A login changes no profile field: updatedAt stays the creation's.
    expect(login.body.data.updatedAt).toBe(created.body.data.updatedAt);
  });

  it('updates the current user but never uid or role; unknown and read-only fields are ignored', async () => {
    const token = (await ctx.api.authKey('POST', '/v3/users/kevin/auth_tokens', {})).body.data.authToken;
    const answer = await ctx.api.user(token)('PUT', '/v3.0/me', {
      uid: 'mallory',
      role: 'default',
      name: 'Kevin B.',
      statusMessage: 'On holiday',
      metadata: { theme: 'dark' },
      hasBlockedMe: true,
      blockedByMe: true,
      deactivatedAt: 0,
    });
    expect(answer.body.data).toMatchObject({
      uid: 'kevin',
      role: 'admin',
      name: 'Kevin B.',
      statusMessage: 'On holiday',
      metadata: { theme: 'dark' },
      updatedAt: expect.any(Number),
    });
    expect((await ctx.api.admin('GET', '/v3/users/kevin')).body.data.role).toBe('admin');
    const unset = await ctx.api.user(token)('PUT', '/v3/me', { unset: ['metadata'] });
    expect(unset.body.data).not.toHaveProperty('metadata');
    const invalid = await ctx.api.user(token)('PUT', '/v3/me', { link: 'not a url' });
    expect(invalid.body.error).toMatchObject({ code: 'ERR_BAD_REQUEST', details: { link: [expect.any(String)] } });
  });

  it('GET /me answers the logged-in user; DELETE /me logs out (offline)', async () => {
    const token = await createAndLogin(ctx.api, 'logout1');
    expect((await ctx.api.user(token)('GET', '/v3/me')).body.data).toMatchObject({ uid: 'logout1', status: 'online' });
    expect((await ctx.api.user(token)('DELETE', '/v3/me')).body.data.success).toBe(true);
    expect((await ctx.api.admin('GET', '/v3/users/logout1')).body.data.status).toBe('offline');
  });

  it('moves lastActiveAt on authenticated activity', async () => {
    const token = await createAndLogin(ctx.api, 'active1');
    const before = (await ctx.api.admin('GET', '/v3/users/active1')).body.data.lastActiveAt;
    expect(before).toBeGreaterThan(1_600_000_000);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await ctx.api.user(token)('GET', '/v3/users');
    expect((await ctx.api.admin('GET', '/v3/users/active1')).body.data.lastActiveAt).toBeGreaterThan(before);
  });

  it('acts for a user with the REST API key and onBehalfOf', async () => {
    const answer = await ctx.api.admin('GET', '/v3/me', undefined, { onBehalfOf: 'KEVIN' });
    expect(answer.body.data.uid).toBe('kevin');
    const authKey = await ctx.api.authKey('GET', '/v3/me', undefined, { onBehalfOf: 'kevin' });
    expect(authKey.body.error.code).toBe('AUTH_ERR_NO_ACCESS');
  });

  it('accepts the SDK telemetry (POST /user_sessions)', async () => {
    const token = await createAndLogin(ctx.api, 'telemetry1');
    const answer = await ctx.api.user(token)('POST', '/v3.0/user_sessions', { sessionDuration: 5 });
    expect(answer).toMatchObject({ status: 200, body: { data: { success: true } } });
  });
});

describe('GET /users and GET /users/{uid} as a logged-in user', () => {
  it('lists others (not me, not deactivated) with conversationId and block relations', async () => {
    const amy = await createAndLogin(ctx.api, 'rel-amy', 'Amy');
    const bob = await createAndLogin(ctx.api, 'rel-bob', 'Bob');
    await ctx.api.authKey('POST', '/v3/users', { uid: 'rel-cat', name: 'Cat' });
    await ctx.api.authKey('POST', '/v3/users', { uid: 'rel-dan', name: 'Dan' });
    await ctx.api.admin('DELETE', '/v3/users/rel-dan');
    await ctx.api.user(bob)('POST', '/v3/blockedusers', { blockedUids: ['rel-amy'] });

    const list = await ctx.api.user(amy)('GET', '/v3/users?searchKey=rel-&withDeactivated=1&status=available');
    expect(list.body.data).toEqual([
      expect.objectContaining({
        uid: 'rel-bob',
        status: 'online',
        conversationId: 'rel-amy_user_rel-bob',
        blockedByMe: false,
        hasBlockedMe: true,
      }),
    ]);
    const all = await ctx.api.user(amy)('GET', '/v3/users?searchKey=rel-');
    expect(all.body.data.map((u: { uid: string }) => u.uid)).toEqual(['rel-bob', 'rel-cat']);

    const one = await ctx.api.user(bob)('GET', '/v3/users/REL-AMY');
    expect(one.body.data).toMatchObject({ uid: 'rel-amy', blockedByMe: true, hasBlockedMe: false });
    const hidden = await ctx.api.user(bob)('GET', '/v3/users?searchKey=rel-&hideBlockedUsers=1');
    expect(hidden.body.data.map((u: { uid: string }) => u.uid)).toEqual(['rel-cat']);
  });

  it('sorts online users first by default and with sortBy=status; by name with sortBy=name', async () => {
    const token = async (uid: string) =>
      (await ctx.api.authKey('POST', `/v3/users/${uid}/auth_tokens`, {})).body.data.authToken as string;
    await ctx.api.user(await token('rel-cat'))('PUT', '/v3/me', {});
    await ctx.api.user(await token('rel-bob'))('DELETE', '/v3/me');
    const amy = ctx.api.user(await token('rel-amy'));
    const byDefault = await amy('GET', '/v3/users?searchKey=rel-');
    expect(byDefault.body.data.map((u: { uid: string }) => u.uid)).toEqual(['rel-cat', 'rel-bob']);
    const byName = await amy('GET', '/v3/users?searchKey=rel-&sortBy=name');
    expect(byName.body.data.map((u: { uid: string; status: string }) => `${u.uid}:${u.status}`)).toEqual([
      'rel-bob:offline',
      'rel-cat:online',
    ]);
    const byStatus = await amy('GET', '/v3/users?searchKey=rel-&sortBy=status');
    expect(byStatus.body.data.map((u: { uid: string }) => u.uid)).toEqual(['rel-cat', 'rel-bob']);
  });
});

describe('/blockedusers', () => {
  it('blocks and unblocks, answering per uid, and lists in each direction', async () => {
    const me = await createAndLogin(ctx.api, 'blk-me');
    const them = await createAndLogin(ctx.api, 'blk-them');
    await ctx.api.authKey('POST', '/v3/users', { uid: 'blk-x', name: 'X' });
    await ctx.api.user(them)('POST', '/v3/blockedusers', { blockedUids: ['blk-me'] });

    const blocked = await ctx.api.user(me)('POST', '/v3/blockedusers', {
      blockedUids: ['BLK-X', 'blk-them', 'blk-me', 'blk-nobody'],
    });
    expect(blocked.body.data).toEqual({
      'blk-x': { success: true, message: expect.stringContaining('blocked') },
      'blk-them': { success: true, message: expect.any(String) },
      'blk-me': { success: false, message: 'You cannot block yourself.' },
      'blk-nobody': { success: false, message: expect.stringContaining('does not exist') },
    });
    const byMe = await ctx.api.user(me)('GET', '/v3/blockedusers');
    expect(byMe.body.data.map((u: { uid: string }) => u.uid)).toEqual(['blk-them', 'blk-x']);
    expect(byMe.body.meta.pagination.total).toBe(2);
    const hasBlockedMe = await ctx.api.user(me)('GET', '/v3/blockedusers?direction=hasBlockedMe');
    expect(hasBlockedMe.body.data).toEqual([
      expect.objectContaining({ uid: 'blk-them', hasBlockedMe: true, blockedByMe: true }),
    ]);

    const both = await ctx.api.user(me)('GET', '/v3/blockedusers?direction=both');
    expect(both.body.data.map((u: { uid: string }) => u.uid)).toEqual(['blk-them', 'blk-x']);
    const wrong = await ctx.api.user(me)('GET', '/v3/blockedusers?direction=sideways');
    expect(wrong.body.error).toMatchObject({ code: 'ERR_BAD_REQUEST', details: { direction: [expect.any(String)] } });

    const unblocked = await ctx.api.user(me)('DELETE', '/v3/blockedusers', { blockedUids: ['blk-x'] });
    expect(unblocked.body.data['blk-x'].success).toBe(true);
    expect((await ctx.api.user(me)('GET', '/v3/users/blk-x')).body.data.blockedByMe).toBe(false);
  });

  it('is also reachable for any user with the REST API key under /users/{uid}/blockedusers', async () => {
    await ctx.api.admin('POST', '/v3/users/blk-x/blockedusers', { blockedUids: ['blk-me'] });
    const list = await ctx.api.admin('GET', '/v3/users/blk-x/blockedusers');
    expect(list.body.data.map((u: { uid: string }) => u.uid)).toEqual(['blk-me']);
    const unblocked = await ctx.api.admin('DELETE', '/v3/users/blk-x/blockedusers', { blockedUids: ['blk-me'] });
    expect(unblocked.body.data['blk-me'].success).toBe(true);
    expect((await ctx.api.admin('GET', '/v3/users/blk-x/blockedusers')).body.data).toEqual([]);
    expect((await ctx.api.authKey('GET', '/v3/users/blk-x/blockedusers')).status).toBe(403);
  });

  it('400 for a missing blockedUids list', async () => {
    const me = await createAndLogin(ctx.api, 'blk-empty');
    const answer = await ctx.api.user(me)('POST', '/v3/blockedusers', { blockedUids: [] });
    expect(answer.body.error).toMatchObject({
      code: 'ERR_BAD_REQUEST',
      details: { blockedUids: [expect.any(String)] },
    });
  });
});

describe('/users/{uid}/auth_tokens', () => {
  it('creates (Auth Key), lists newest first, reads and deletes one or all (REST API key)', async () => {
    await ctx.api.authKey('POST', '/v3/users', { uid: 'tok1', name: 'T' });
    const first = (await ctx.api.authKey('POST', '/v3/users/TOK1/auth_tokens', { force: true })).body.data;
    const second = (await ctx.api.authKey('POST', '/v3/users/tok1/auth_tokens', {})).body.data;
    expect(first).toEqual({ uid: 'tok1', authToken: expect.stringMatching(/^tok1_/), createdAt: expect.any(Number) });
    const list = await ctx.api.admin('GET', '/v3/users/tok1/auth_tokens');
    expect(list.body.data.map((t: { authToken: string }) => t.authToken)).toEqual([second.authToken, first.authToken]);
    expect((await ctx.api.admin('GET', `/v3/users/tok1/auth_tokens/${first.authToken}`)).body.data).toEqual(first);
    expect((await ctx.api.admin('DELETE', `/v3/users/tok1/auth_tokens/${first.authToken}`)).body.data.success).toBe(
      true,
    );
    const gone = await ctx.api.admin('GET', `/v3/users/tok1/auth_tokens/${first.authToken}`);
    expect(gone).toMatchObject({ status: 404, body: { error: { code: 'ERR_AUTH_TOKEN_NOT_FOUND' } } });
    expect((await ctx.api.admin('DELETE', '/v3/users/tok1/auth_tokens')).body.data.success).toBe(true);
    expect((await ctx.api.admin('GET', '/v3/users/tok1/auth_tokens')).body.data).toEqual([]);
    expect((await ctx.api.user(second.authToken)('GET', '/v3/me')).status).toBe(401);
  });

  it('keeps the newest 100 tokens of a user valid', async () => {
    await ctx.api.authKey('POST', '/v3/users', { uid: 'tok100', name: 'T' });
    const tokens: string[] = [];
    for (let i = 0; i < 101; i++) {
      tokens.push((await ctx.api.authKey('POST', '/v3/users/tok100/auth_tokens', {})).body.data.authToken);
    }
    expect((await ctx.api.admin('GET', '/v3/users/tok100/auth_tokens')).body.data).toHaveLength(100);
    expect((await ctx.api.user(tokens[0] as string)('GET', '/v3/me')).status).toBe(401);
    expect((await ctx.api.user(tokens[1] as string)('GET', '/v3/me')).status).toBe(200);
  });
});
