import { describe, expect, it } from 'vitest';
import { useEnvironment } from './harness';
import { clientKinds } from './implementations';

const open = useEnvironment();

const isPlain = (value: object) => Object.getPrototypeOf(value) === Object.prototype;

describe.each(clientKinds)('UserClient contract: operations (%s)', (kind) => {
  it('createUser answers a plain User with the uid stored lowercased', async () => {
    const { client, adminKey, admin } = await open(kind);
    const user = await client.createUser({ uid: 'Kevin1', name: 'Kevin', tags: ['beta'] }, adminKey);
    expect(isPlain(user)).toBe(true);
    expect(user).toMatchObject({ uid: 'kevin1', name: 'Kevin', tags: ['beta'], status: 'offline' });
    expect(Object.keys(user).sort(), 'the same fields from every implementation').toEqual([
      'createdAt',
      'name',
      'role',
      'status',
      'tags',
      'uid',
      'updatedAt',
    ]);
    expect(await admin.getUser('kevin1')).toMatchObject({ uid: 'kevin1', name: 'Kevin' });
  });

  it('login(uid, authKey), getLoggedInUser, logout', async () => {
    const { client, authKey, admin } = await open(kind);
    await admin.createUser({ uid: 'ann', name: 'Ann' });
    expect(await client.getLoggedInUser()).toBeNull();
    const me = await client.login('ann', authKey);
    expect(isPlain(me)).toBe(true);
    expect(me).toMatchObject({ uid: 'ann', name: 'Ann', status: 'online', lastActiveAt: expect.any(Number) });
    for (const absent of ['authToken', 'hasBlockedMe', 'blockedByMe', 'deactivatedAt'])
      expect(me).not.toHaveProperty(absent);
    expect(await client.getLoggedInUser()).toMatchObject({ uid: 'ann' });
    await client.logout();
    expect(await client.getLoggedInUser()).toBeNull();
    expect((await admin.getUser('ann')).status).toBe('offline');
  });

  it('login(authToken) with a token issued by your backend', async () => {
    const { client, admin } = await open(kind);
    await admin.createUser({ uid: 'bob', name: 'Bob' });
    const { authToken } = await admin.createAuthToken('bob');
    expect(await client.login(authToken)).toMatchObject({ uid: 'bob', status: 'online' });
    expect(await client.getLoggedInUser()).toMatchObject({ uid: 'bob' });
  });

  it('updateUser changes any user by uid and removes unset fields', async () => {
    const { client, adminKey, admin } = await open(kind);
    await admin.createUser({ uid: 'cat', name: 'Cat', avatar: 'https://a.example/c.png', role: 'default' });
    const updated = await client.updateUser({ uid: 'cat', name: 'Cathy', role: 'admin', unset: ['avatar'] }, adminKey);
    expect(updated).toMatchObject({ uid: 'cat', name: 'Cathy', role: 'admin' });
    expect(updated).not.toHaveProperty('avatar');
    const stored = await admin.getUser('cat');
    expect(stored).toMatchObject({ name: 'Cathy', role: 'admin' });
    expect(stored).not.toHaveProperty('avatar');
  });

  it('updateCurrentUserDetails changes the logged-in user, never their role', async () => {
    const { client, authKey, admin } = await open(kind);
    await admin.createUser({ uid: 'dan', name: 'Dan', metadata: { plan: 'free' } });
    await client.login('dan', authKey);
    const changes = { statusMessage: 'On holiday', role: 'admin', unset: ['metadata'] };
    const me = await client.updateCurrentUserDetails(changes as never);
    expect(me).toMatchObject({ uid: 'dan', statusMessage: 'On holiday', role: 'default' });
    const stored = await admin.getUser('dan');
    expect(stored).toMatchObject({ statusMessage: 'On holiday', role: 'default' });
    expect(stored).not.toHaveProperty('metadata');
  });

  it('getUser reads another user as a plain User', async () => {
    const { client, authKey, admin } = await open(kind);
    await admin.createUser({ uid: 'eve', name: 'Eve', link: 'https://eve.example', metadata: { a: 1 } });
    await admin.createUser({ uid: 'fay', name: 'Fay' });
    await client.login('fay', authKey);
    const eve = await client.getUser('EVE');
    expect(isPlain(eve)).toBe(true);
    expect(eve).toMatchObject({ uid: 'eve', name: 'Eve', link: 'https://eve.example', metadata: { a: 1 } });
  });

  it('listUsers pages, searches and filters by tag', async () => {
    const { client, authKey, admin } = await open(kind);
    for (const uid of ['gus1', 'gus2', 'gus3']) await admin.createUser({ uid, name: `Gus ${uid}`, tags: ['team'] });
    await admin.createUser({ uid: 'hal', name: 'Hal' });
    await admin.createUser({ uid: 'kim', name: 'Kim Lee' });
    await client.login('hal', authKey);
    const first = await client.listUsers({ tags: ['team'], limit: 2, page: 1 });
    expect(first).toMatchObject({ total: 3, page: 1, perPage: 2, totalPages: 2 });
    expect(first.users.map((user) => user.uid)).toEqual(['gus1', 'gus2']);
    expect(first.users.every(isPlain)).toBe(true);
    const second = await client.listUsers({ tags: ['team'], limit: 2, page: 2 });
    expect(second.users.map((user) => user.uid)).toEqual(['gus3']);
    const found = await client.listUsers({ searchKeyword: 'kim l' });
    expect(found.users.map((user) => user.uid)).toEqual(['kim']);
    expect((await client.listUsers({ searchKeyword: 'lee' })).users).toEqual([]);
  });

  it('blockUsers and unblockUsers report each uid and show in blockedByMe', async () => {
    const { client, authKey, admin } = await open(kind);
    await admin.createUser({ uid: 'ivy', name: 'Ivy' });
    await admin.createUser({ uid: 'jim', name: 'Jim' });
    await client.login('ivy', authKey);
    expect(await client.blockUsers(['jim'])).toEqual({ jim: { success: true, message: expect.any(String) } });
    // The REST client reads with the REST API key: an admin read is relative to nobody, so it has no blockedByMe.
    const blockedByMe = kind === 'rest' ? undefined : true;
    expect((await client.getUser('jim')).blockedByMe).toBe(blockedByMe);
    expect(await client.unblockUsers(['jim'])).toEqual({ jim: { success: true, message: expect.any(String) } });
    expect((await client.getUser('jim')).blockedByMe).toBe(blockedByMe && false);
  });
});
