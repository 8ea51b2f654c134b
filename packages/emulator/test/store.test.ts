import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  createSqliteStore,
  type StoredUser,
  seedUsers,
  type UserQuery,
  type UserStore,
} from '../src/index';
import { openSqliteDatabase, sqliteEngine } from '../src/store/sqliteDatabase';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileCount = 0;

const stores: [string, () => UserStore][] = [
  ['memory', createMemoryStore],
  [`sqlite file (${sqliteEngine()})`, () => createSqliteStore(join(dir, `store-${++fileCount}.sqlite`))],
];

const user = (uid: string, extra: Partial<StoredUser> = {}): StoredUser => ({
  uid,
  name: uid.toUpperCase(),
  role: 'default',
  status: 'offline',
  createdAt: 1_700_000_000,
  ...extra,
});

/** A query for every user, first page of 100, by name. */
const everyone = (change: Partial<UserQuery> = {}): UserQuery => ({
  searchIn: ['uid', 'name'],
  deactivated: 'exclude',
  sortBy: 'name',
  sortOrder: 'asc',
  offset: 0,
  limit: 100,
  ...change,
});
const uids = (store: UserStore, change: Partial<UserQuery> = {}) =>
  store.listUsers(everyone(change)).users.map((u) => u.uid);

describe.each(stores)('%s store', (_name, create) => {
  let store: UserStore;
  beforeEach(() => {
    store = create();
  });
  afterEach(() => store.close());

  it('inserts a user once and reads it back as stored', () => {
    expect(store.insertUser(user('bob', { metadata: { plan: 'pro' }, tags: ['a'] }))).toBe(true);
    expect(store.insertUser(user('bob', { name: 'Other' }))).toBe(false);
    expect(store.getUser('bob')).toEqual(user('bob', { metadata: { plan: 'pro' }, tags: ['a'] }));
    expect(store.getUser('nobody')).toBeUndefined();
  });

  it('returns copies: changing a returned user changes nothing stored', () => {
    store.insertUser(user('bob', { tags: ['a'] }));
    const read = store.getUser('bob') as StoredUser;
    read.tags?.push('b');
    read.name = 'Mutated';
    expect(store.getUser('bob')).toEqual(user('bob', { tags: ['a'] }));
  });

  it('lists a page of users by name, then uid, with the total', () => {
    for (const uid of ['c', 'a', 'b', 'd']) store.insertUser(user(uid, { name: uid === 'd' ? 'A' : 'Same' }));
    expect(store.listUsers(everyone({ limit: 2 }))).toEqual({
      users: [user('d', { name: 'A' }), user('a', { name: 'Same' })],
      total: 4,
    });
    expect(uids(store, { offset: 2 })).toEqual(['b', 'c']);
    expect(uids(store, { sortOrder: 'desc' })).toEqual(['c', 'b', 'a', 'd']);
  });

  it('searches the start of the whole uid or the whole name, not a word inside the name', () => {
    store.insertUser(user('wire', { name: 'Wire Friend' }));
    store.insertUser(user('friendly', { name: 'Amy' }));
    store.insertUser(user('bob', { name: 'Friendship Bob' }));
    expect(uids(store, { searchKey: 'friend' })).toEqual(['friendly', 'bob']);
    expect(uids(store, { searchKey: 'friend', searchIn: ['name'] })).toEqual(['bob']);
    expect(uids(store, { searchKey: 'friend', searchIn: ['uid'] })).toEqual(['friendly']);
    expect(uids(store, { searchKey: 'wire f' })).toEqual(['wire']);
  });

  it('filters by status, role, tags, uids and deactivation, and sorts by status', () => {
    store.insertUser(user('a', { status: 'online', role: 'Admin', tags: ['VIP', 'x'] }));
    store.insertUser(user('b', { tags: ['x'] }));
    store.insertUser(user('c', { status: 'online', deactivatedAt: 1 }));
    expect(uids(store, { status: 'online' })).toEqual(['a']);
    expect(uids(store, { roles: ['admin'] })).toEqual(['a']);
    expect(uids(store, { tags: ['vip'] })).toEqual(['a']);
    expect(uids(store, { tags: ['x'], excludeUids: ['a'] })).toEqual(['b']);
    expect(uids(store, { uids: ['b', 'c', 'zz'] })).toEqual(['b']);
    expect(uids(store, { uids: [] })).toEqual([]);
    expect(uids(store, { deactivated: 'only' })).toEqual(['c']);
    expect(uids(store, { deactivated: 'include', sortBy: 'status', sortOrder: 'desc' })).toEqual(['b', 'c', 'a']);
    expect(store.listUsers(everyone({ status: 'online', deactivated: 'include', limit: 1 })).total).toBe(2);
  });

  it('inserts many at once and reports the uids that were taken', () => {
    store.insertUser(user('a'));
    expect(store.insertUsers([user('a'), user('b'), user('c')])).toEqual(['a']);
    expect(uids(store)).toEqual(['a', 'b', 'c']);
  });

  it('updates atomically through a function of the current user, and can decline', () => {
    store.insertUser(user('bob'));
    expect(store.updateUser('bob', (u) => ({ ...u, name: 'Robert' }))?.name).toBe('Robert');
    expect(store.updateUser('bob', () => undefined)).toBeUndefined();
    expect(store.getUser('bob')?.name).toBe('Robert');
    expect(store.updateUser('nobody', (u) => u)).toBeUndefined();
    expect(store.updateUser('bob', (u) => ({ ...u, uid: 'hijack' }))?.uid).toBe('hijack');
    expect(store.getUser('bob')?.uid).toBe('bob');
    expect(store.getUser('hijack')).toBeUndefined();
  });

  it('updates many users in one call, skipping unknown and declined ones', () => {
    for (const uid of ['a', 'b', 'c']) store.insertUser(user(uid));
    const changed = store.updateUsers(['a', 'x', 'c'], (u) => (u.uid === 'c' ? undefined : { ...u, status: 'online' }));
    expect(changed.map((u) => u.uid)).toEqual(['a']);
    expect(uids(store, { status: 'online' })).toEqual(['a']);
  });

  it('deletes a user with their tokens and blocks in both directions', () => {
    for (const uid of ['a', 'b', 'c']) store.insertUser(user(uid));
    store.addAuthToken({ uid: 'a', authToken: 'a_1', createdAt: 1 }, 100);
    store.block('a', ['b'], 1);
    store.block('c', ['a'], 1);
    expect(store.deleteUser('a')).toBe(true);
    expect(store.deleteUser('a')).toBe(false);
    expect(store.getAuthToken('a_1')).toBeUndefined();
    expect(store.blockedBy('c')).toEqual([]);
    expect(store.blockersOf('b')).toEqual([]);
  });

  it('keeps the newest tokens of a user, newest first', () => {
    for (let i = 1; i <= 5; i++) store.addAuthToken({ uid: 'a', authToken: `a_${i}`, createdAt: i }, 3);
    store.addAuthToken({ uid: 'b', authToken: 'b_1', createdAt: 9 }, 3);
    expect(store.listAuthTokens('a').map((t) => t.authToken)).toEqual(['a_5', 'a_4', 'a_3']);
    expect(store.getAuthToken('a_1')).toBeUndefined();
    expect(store.getAuthToken('a_4')).toEqual({ uid: 'a', authToken: 'a_4', createdAt: 4 });
    expect(store.deleteAuthToken('b', 'a_4')).toBe(false);
    expect(store.deleteAuthToken('a', 'a_4')).toBe(true);
    expect(store.deleteAuthTokens('a')).toBe(2);
    expect(store.listAuthTokens('b')).toHaveLength(1);
  });

  it('records blocks once, in order, and unblocks', () => {
    store.block('a', ['b', 'c'], 1);
    store.block('a', ['b'], 2);
    store.block('d', ['b'], 3);
    expect(store.blockedBy('a')).toEqual(['b', 'c']);
    expect(store.blockersOf('b')).toEqual(['a', 'd']);
    store.unblock('a', ['b', 'zzz']);
    expect(store.blockedBy('a')).toEqual(['c']);
    expect(store.blockersOf('b')).toEqual(['d']);
  });
});

describe('sqlite store on disk', () => {
  it('keeps everything across reopening the file', () => {
    const file = join(dir, 'reopen.sqlite');
    const first = createSqliteStore(file);
    first.insertUser(user('bob', { metadata: { n: 1 } }));
    first.addAuthToken({ uid: 'bob', authToken: 'bob_1', createdAt: 1 }, 100);
    first.block('bob', ['amy'], 1);
    first.close();
    const second = createSqliteStore(file);
    expect(second.getUser('bob')).toEqual(user('bob', { metadata: { n: 1 } }));
    expect(second.getAuthToken('bob_1')?.uid).toBe('bob');
    expect(second.blockedBy('bob')).toEqual(['amy']);
    second.close();
  });

  it('brings a database of an older emulator (users kept only as JSON) up to date, lists and counts included', () => {
    const file = join(dir, 'version0.sqlite');
    const old = openSqliteDatabase(file);
    old.exec(
      'CREATE TABLE users (seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT NOT NULL UNIQUE, data TEXT NOT NULL)',
    );
    const insert = old.prepare('INSERT INTO users (uid, data) VALUES (?, ?)');
    insert.run('bob', JSON.stringify(user('bob', { name: 'Zed', tags: ['VIP'], status: 'online' })));
    insert.run('amy', JSON.stringify(user('amy', { deactivatedAt: 5 })));
    old.close();
    const store = createSqliteStore(file);
    expect(uids(store, { tags: ['vip'], status: 'online' })).toEqual(['bob']);
    expect(store.listUsers(everyone({ deactivated: 'include' })).total).toBe(2);
    expect(uids(store, { deactivated: 'only' })).toEqual(['amy']);
    store.close();
  });

  it('seeds in bulk (indexes rebuilt after the insert) and then lists, counts and writes as usual', () => {
    const many = Array.from({ length: 6000 }, (_, i) =>
      user(`u${i}`, { name: `N ${i % 7}`, status: i % 3 ? 'offline' : 'online', tags: [`t${i % 4}`] }),
    );
    const sqlite = createSqliteStore(join(dir, 'bulk.sqlite'));
    const memory = createMemoryStore();
    for (const store of [sqlite, memory]) {
      expect(store.insertUsers([user('u1'), ...many])).toEqual(['u1']);
      store.insertUser(user('late', { status: 'online', tags: ['t1'] }));
      store.updateUser('u2', (u) => ({ ...u, deactivatedAt: 9 }));
    }
    for (const query of [
      everyone({ status: 'online', offset: 1990 }),
      everyone({ tags: ['t1'], sortOrder: 'desc' }),
      everyone({ searchKey: 'n 3', sortBy: 'status', offset: 800 }),
      everyone({ deactivated: 'only' }),
    ])
      expect(sqlite.listUsers(query)).toEqual(memory.listUsers(query));
    expect(sqlite.listUsers(everyone({ status: 'online' })).total).toBe(2001);
    sqlite.close();
  });

  it('creates the folder of a new database file', () => {
    const store = createSqliteStore(join(dir, 'nested', 'deeper', 'db.sqlite'));
    expect(store.insertUser(user('a'))).toBe(true);
    store.close();
  });
});

describe('seedUsers', () => {
  it('adds valid users lowercased with the default role, skips existing uids, and refuses an invalid entry', () => {
    const store = createMemoryStore();
    const roles = ['default', 'admin'];
    expect(
      seedUsers(
        store,
        [
          { uid: 'Amy', name: 'Amy', role: 'admin' },
          { uid: 'bob', name: 'Bob' },
        ],
        { roles },
      ),
    ).toEqual({
      created: ['amy', 'bob'],
      skipped: [],
    });
    expect(store.getUser('bob')).toMatchObject({ role: 'default', status: 'offline' });
    expect(seedUsers(store, { users: [{ uid: 'BOB', name: 'Again' }] }, { roles })).toEqual({
      created: [],
      skipped: ['bob'],
    });
    expect(() => seedUsers(store, [{ uid: 'cat', name: 'Cat', role: 'pirate' }], { roles })).toThrow(/#1.*role/);
    expect(() => seedUsers(store, { people: [] }, { roles })).toThrow('JSON array of users');
  });
});
