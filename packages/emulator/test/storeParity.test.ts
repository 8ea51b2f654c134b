import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore, createSqliteStore, type StoredUser, type UserQuery } from '../src/index';
import { compareUsers, matchesUserQuery } from '../src/store/userQuery';

// The SQLite store plans lists in SQL, the memory store from its own indexes: over the same users,
// both must return the same page and total as plain filter-sort-slice, for any query.
const dir = mkdtempSync(join(tmpdir(), 'profilekit-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Few letters, so prefixes collide, names tie and case and accents matter; one character beyond U+FFFF.
const letters = ['a', 'b', 'A', 'B', ' ', 'é', 'É', 'ß', 'z', '-', '😀', '\uE000'];
const text = (min: number, max: number) =>
  fc.array(fc.constantFrom(...letters), { minLength: min, maxLength: max }).map((chars) => chars.join(''));
const uidArb = fc
  .array(fc.constantFrom('a', 'b', 'c', '-', '_', '1'), { minLength: 1, maxLength: 5 })
  .map((chars) => chars.join(''));
const roles = ['default', 'admin', 'Moderator'];
const tags = ['red', 'Red', 'blue', 'green', 'x'];

const userArb = (uid: string) =>
  fc
    .record({
      name: text(1, 6),
      role: fc.constantFrom(...roles),
      status: fc.constantFrom('online', 'offline') as fc.Arbitrary<'online' | 'offline'>,
      tags: fc.option(fc.subarray(tags), { nil: undefined }),
      deactivated: fc.boolean(),
    })
    .map(
      ({ deactivated, tags: userTags, ...rest }): StoredUser => ({
        uid,
        ...rest,
        ...(userTags ? { tags: userTags } : {}),
        ...(deactivated ? { deactivatedAt: 1 } : {}),
        createdAt: 1_700_000_000,
      }),
    );

const datasetArb = fc
  .uniqueArray(uidArb, { minLength: 150, maxLength: 300 })
  .chain((uids) => fc.tuple(...uids.map(userArb)))
  .chain((users) =>
    fc.tuple(
      fc.constant(users),
      // Later writes, to exercise index upkeep: each replaces a user (same uid) or deletes one.
      fc.array(
        fc
          .tuple(fc.nat(users.length - 1), fc.boolean())
          .chain(([at, remove]) =>
            remove
              ? fc.constant<StoredUser | { uid: string }>({ uid: users[at]?.uid as string })
              : userArb(users[at]?.uid as string),
          ),
        { maxLength: 60 },
      ),
    ),
  );

const queryArb = (uids: string[]): fc.Arbitrary<UserQuery> =>
  fc.record(
    {
      searchKey: text(1, 3).map((key) => key.toLowerCase()),
      searchIn: fc.constantFrom<UserQuery['searchIn']>(['uid', 'name'], ['uid'], ['name'], []),
      status: fc.constantFrom('online', 'offline') as fc.Arbitrary<'online' | 'offline'>,
      roles: fc.subarray(roles.map((role) => role.toLowerCase())),
      tags: fc.subarray(['red', 'blue', 'green', 'x', 'none']),
      uids: fc.subarray([...uids.slice(0, 40), 'nobody']),
      excludeUids: fc.subarray(uids.slice(0, 20)),
      deactivated: fc.constantFrom('exclude', 'include', 'only') as fc.Arbitrary<UserQuery['deactivated']>,
      sortBy: fc.constantFrom('name', 'status') as fc.Arbitrary<'name' | 'status'>,
      sortOrder: fc.constantFrom('asc', 'desc') as fc.Arbitrary<'asc' | 'desc'>,
      offset: fc.oneof(fc.nat(20), fc.nat(320)),
      limit: fc.integer({ min: 1, max: 60 }),
    },
    { requiredKeys: ['searchIn', 'deactivated', 'sortBy', 'sortOrder', 'offset', 'limit'] },
  );

describe('list queries: SQLite store = memory store = filter, sort, slice', () => {
  const datasets = fc.sample(datasetArb, { numRuns: 3, seed: 20261130 });
  it.each(datasets.map((dataset, index) => [index + 1, dataset] as const))(
    'dataset %i: 1,000 generated queries answer identical pages and totals',
    (index, [users, writes]) => {
      const memory = createMemoryStore();
      const sqlite = createSqliteStore(join(dir, `parity-${index}.sqlite`));
      const reference = new Map(users.map((user) => [user.uid, user]));
      try {
        for (const store of [memory, sqlite]) expect(store.insertUsers(users)).toEqual([]);
        for (const write of writes) {
          const next = 'name' in write ? (write as StoredUser) : undefined;
          for (const store of [memory, sqlite]) {
            if (next) store.updateUser(write.uid, () => next);
            else store.deleteUser(write.uid);
          }
          if (next) reference.set(write.uid, next);
          else reference.delete(write.uid);
        }
        const everyone = [...reference.values()];
        fc.assert(
          fc.property(queryArb(users.map((user) => user.uid)), (query) => {
            const found = everyone
              .filter((user) => matchesUserQuery(user, query))
              .sort((a, b) => compareUsers(a, b, query));
            const expected = { users: found.slice(query.offset, query.offset + query.limit), total: found.length };
            expect(memory.listUsers(query)).toEqual(expected);
            expect(sqlite.listUsers(query)).toEqual(expected);
          }),
          { numRuns: 1000, seed: 7 + index },
        );
      } finally {
        memory.close();
        sqlite.close();
      }
    },
  );
});
