import type { CreateUserInput } from '@profilekit/core';
import { ApiError } from '../http/errors';
import type { StoredUser, UserStore } from '../store/types';
import { validUserBody } from './rules';
import { newStoredUser } from './storedUser';

/** What seeding did. */
export interface SeedResult {
  created: string[];
  /** uids that already existed and were left as they were. */
  skipped: string[];
}

/**
 * Adds users (a JSON array of `createUser` bodies, or `{ "users": [...] }`) in one transaction, validated by
 * the same rules as `POST /users`. Users whose uid exists are skipped, so seeding twice is harmless.
 *
 * @example
 * ```ts
 * seedUsers(store, [{ uid: 'superhero1', name: 'Iron Man' }], { roles: ['default'] });
 * ```
 */
export function seedUsers(
  store: UserStore,
  input: unknown,
  config: { roles: readonly string[]; strict?: boolean },
  now = Math.floor(Date.now() / 1000),
): SeedResult {
  const list = Array.isArray(input) ? input : (input as { users?: unknown } | null)?.users;
  if (!Array.isArray(list)) throw new Error('A seed file holds a JSON array of users, or { "users": [...] }.');
  const users = list.map((entry, index): StoredUser => {
    try {
      const data: CreateUserInput = validUserBody({ strict: false, ...config }, 'create', entry);
      return newStoredUser(data, now);
    } catch (error) {
      const details = error instanceof ApiError ? JSON.stringify(error.details) : String(error);
      throw new Error(`Seed user #${index + 1} is invalid: ${details}`);
    }
  });
  const skipped = store.insertUsers(users);
  return { created: users.map((user) => user.uid).filter((uid) => !skipped.includes(uid)), skipped };
}
