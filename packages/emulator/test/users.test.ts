import { describe, expect, it } from 'vitest';
import { useEmulator } from './helpers';

const ctx = useEmulator();

describe('POST /users (create)', () => {
  it('creates with the Auth Key: uid lowercased, default role, offline, createdAt, unknown fields ignored', async () => {
    const answer = await ctx.api.authKey('POST', '/v3/users', {
      uid: 'SuperHero1',
      name: 'Iron Man',
      avatar: 'https://example.com/ironman.png',
      metadata: { plan: 'pro' },
      tags: ['avengers'],
      hasBlockedMe: true,
      status: 'online',
      deactivatedAt: 5,
      shoeSize: 44,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({
      uid: 'superhero1',
      name: 'Iron Man',
      avatar: 'https://example.com/ironman.png',
      role: 'default',
      metadata: { plan: 'pro' },
      status: 'offline',
      tags: ['avengers'],
      createdAt: expect.any(Number),
      updatedAt: expect.any(Number),
    });
    expect(answer.body.data.updatedAt).toBe(answer.body.data.createdAt);
  });

  it('answers with an auth token when asked (withAuthToken)', async () => {
    const answer = await ctx.api.admin('POST', '/users', { uid: 'withtoken', name: 'T', withAuthToken: true });
    expect(answer.body.data.authToken).toMatch(/^withtoken_\d{10}[0-9a-f]{40}$/);
    const me = await ctx.api.user(answer.body.data.authToken)('GET', '/me');
    expect(me.body.data.uid).toBe('withtoken');
  });

  it('accepts an existing role and every path prefix', async () => {
    for (const [prefix, uid] of [
      ['/v3', 'p1'],
      ['/v3.0', 'p2'],
      ['', 'p3'],
    ]) {
      const answer = await ctx.api.authKey('POST', `${prefix}/users/`, { uid, name: uid, role: 'admin' });
      expect(answer.body.data).toMatchObject({ uid, role: 'admin' });
    }
  });
});

describe('GET /users/{uid}', () => {
  it('reads a user case-insensitively with the REST API key', async () => {
    const answer = await ctx.api.admin('GET', '/v3/users/SUPERHERO1');
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({ uid: 'superhero1', name: 'Iron Man', tags: ['avengers'] });
    expect(answer.body.data).not.toHaveProperty('blockedByMe');
  });
});

describe('PUT /users/{uid} (update)', () => {
  it('changes only what is sent, removes what is unset, and never the uid', async () => {
    await ctx.api.authKey('POST', '/v3/users', {
      uid: 'upd1',
      name: 'Before',
      avatar: 'https://a.example/x.png',
      link: 'https://a.example',
      metadata: { a: 1 },
      statusMessage: 'hi',
    });
    const answer = await ctx.api.authKey('PUT', '/v3/users/UPD1', {
      uid: 'someone-else',
      name: 'After',
      unset: ['avatar', 'metadata'],
      role: 'moderator',
      status: 'online',
    });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toMatchObject({
      uid: 'upd1',
      name: 'After',
      link: 'https://a.example',
      statusMessage: 'hi',
      role: 'moderator',
      status: 'offline',
      updatedAt: expect.any(Number),
    });
    expect(answer.body.data).not.toHaveProperty('avatar');
    expect(answer.body.data).not.toHaveProperty('metadata');
    expect((await ctx.api.admin('GET', '/v3/users/someone-else')).status).toBe(404);
  });

  it('empties statusMessage and tags by sending them empty', async () => {
    await ctx.api.authKey('POST', '/v3/users', { uid: 'upd2', name: 'X', statusMessage: 'busy', tags: ['a'] });
    const answer = await ctx.api.admin('PUT', '/v3/users/upd2', { statusMessage: '', tags: [] });
    expect(answer.body.data).toMatchObject({ statusMessage: '', tags: [] });
  });
});

describe('GET /users (list)', () => {
  const uids = ['list-amy', 'list-bob', 'list-cat', 'list-dan', 'list-eve'];
  it('pages with perPage or per_page and reports CometChat pagination', async () => {
    for (const [index, uid] of uids.entries()) {
      await ctx.api.authKey('POST', '/v3/users', {
        uid,
        name: `${['Amy', 'Bob', 'Cat', 'Dan', 'Eve'][index]} Listed`,
        role: index % 2 === 0 ? 'default' : 'admin',
        tags: index < 2 ? ['vip'] : ['regular'],
      });
    }
    const first = await ctx.api.admin('GET', '/v3/users?searchKey=list-&perPage=2&page=1');
    expect(first.body.data.map((u: { uid: string }) => u.uid)).toEqual(['list-amy', 'list-bob']);
    expect(first.body.meta.pagination).toEqual({ total: 5, count: 2, per_page: 2, current_page: 1, total_pages: 3 });
    const last = await ctx.api.admin('GET', '/v3/users?searchKey=list-&per_page=2&page=3');
    expect(last.body.data.map((u: { uid: string }) => u.uid)).toEqual(['list-eve']);
    expect(last.body.meta.pagination).toMatchObject({ count: 1, current_page: 3 });
    const beyond = await ctx.api.admin('GET', '/v3/users?searchKey=list-&per_page=2&page=9');
    expect(beyond.body.data).toEqual([]);
  });

  it('searches like CometChat: the whole uid or the whole name starts with the key, optionally only in one of them', async () => {
    await ctx.api.authKey('POST', '/v3/users', { uid: 'list-wire', name: 'Wire Friend' });
    const search = async (query: string) =>
      (await ctx.api.admin('GET', `/v3/users?${query}`)).body.data.map((u: { uid: string }) => u.uid);
    expect(await search('searchKey=friend')).toEqual([]);
    expect(await search('searchKey=LISTED')).toEqual([]);
    expect(await search('searchKey=WIRE%20f')).toEqual(['list-wire']);
    expect(await search('searchKey=cat')).toEqual(['list-cat']);
    expect(await search('searchKey=cat&searchIn=uid')).toEqual([]);
    expect(await search('searchKey=list-c&searchIn=uid')).toEqual(['list-cat']);
    expect(await search('searchKey=list-c&searchIn=name')).toEqual([]);
    expect(await search('searchKey=ist')).toEqual([]);
    await ctx.api.admin('DELETE', '/v3/users/list-wire', { permanent: true });
  });

  it('filters by role(s), tags, uids and status; includes tags only withTags', async () => {
    const list = async (query: string) => (await ctx.api.admin('GET', `/v3/users?searchKey=list-&${query}`)).body.data;
    expect((await list('role=admin')).map((u: { uid: string }) => u.uid)).toEqual(['list-bob', 'list-dan']);
    expect((await list('roles=admin,default')).length).toBe(5);
    expect((await list('tags=vip')).map((u: { uid: string }) => u.uid)).toEqual(['list-amy', 'list-bob']);
    expect((await list('uids=list-eve,LIST-AMY')).map((u: { uid: string }) => u.uid)).toEqual(['list-amy', 'list-eve']);
    expect(await list('status=online')).toEqual([]);
    expect((await list('status=offline')).length).toBe(5);
    expect((await list('uids=list-amy'))[0]).not.toHaveProperty('tags');
    expect((await list('uids=list-amy&withTags=1'))[0].tags).toEqual(['vip']);
  });

  it('sorts by name descending on request', async () => {
    const answer = await ctx.api.admin('GET', '/v3/users?searchKey=list-&sortBy=name&sortOrder=desc');
    expect(answer.body.data.map((u: { uid: string }) => u.uid)).toEqual([...uids].reverse());
  });
});

describe('DELETE /users/{uid}, bulk deactivate and reactivate', () => {
  it('deactivates softly: hidden, 404, uid still taken, listed with withDeactivated/onlyDeactivated', async () => {
    await ctx.api.authKey('POST', '/v3/users', { uid: 'soft1', name: 'Soft' });
    const deleted = await ctx.api.admin('DELETE', '/v3/users/soft1');
    expect(deleted.body.data.success).toBe(true);
    expect((await ctx.api.admin('GET', '/v3/users/soft1')).status).toBe(404);
    expect((await ctx.api.authKey('PUT', '/v3/users/soft1', { name: 'X' })).status).toBe(404);
    expect((await ctx.api.authKey('POST', '/v3/users', { uid: 'SOFT1', name: 'Again' })).body.error.code).toBe(
      'ERR_UID_ALREADY_EXISTS',
    );
    const hidden = await ctx.api.admin('GET', '/v3/users?uids=soft1');
    expect(hidden.body.data).toEqual([]);
    const withDeactivated = await ctx.api.admin('GET', '/v3/users?uids=soft1,superhero1&withDeactivated=1');
    expect(withDeactivated.body.data.map((u: { uid: string }) => u.uid)).toEqual(['superhero1', 'soft1']);
    const only = await ctx.api.admin('GET', '/v3/users?onlyDeactivated=true&uids=soft1,superhero1');
    expect(only.body.data).toEqual([expect.objectContaining({ uid: 'soft1', deactivatedAt: expect.any(Number) })]);
  });

  it('reactivates in bulk (PUT /users {uidsToActivate}) and deactivates in bulk (DELETE /users {uidsToDeactivate})', async () => {
    const reactivated = await ctx.api.admin('PUT', '/v3/users', { uidsToActivate: ['soft1', 'nobody'] });
    expect(reactivated.body.data).toEqual({ nonDeactivatedUids: ['soft1'] });
    expect((await ctx.api.admin('GET', '/v3/users/soft1')).body.data).not.toHaveProperty('deactivatedAt');
    const deactivated = await ctx.api.admin('DELETE', '/v3/users', { uidsToDeactivate: ['soft1', 'SUPERHERO1'] });
    expect(deactivated.body.data).toEqual({ deactivatedUids: ['soft1', 'superhero1'] });
    expect((await ctx.api.admin('GET', '/v3/users/superhero1')).status).toBe(404);
    await ctx.api.admin('PUT', '/v3/users', { uidsToActivate: ['superhero1'] });
    expect((await ctx.api.admin('GET', '/v3/users/superhero1')).status).toBe(200);
  });

  it('deletes permanently: the uid becomes free again', async () => {
    await ctx.api.authKey('POST', '/v3/users', { uid: 'gone1', name: 'Gone' });
    const deleted = await ctx.api.admin('DELETE', '/v3/users/gone1', { permanent: true });
    expect(deleted.body.data.success).toBe(true);
    expect((await ctx.api.admin('DELETE', '/v3/users/gone1', { permanent: true })).status).toBe(404);
    expect((await ctx.api.authKey('POST', '/v3/users', { uid: 'gone1', name: 'Reborn' })).body.data.name).toBe(
      'Reborn',
    );
  });
});
