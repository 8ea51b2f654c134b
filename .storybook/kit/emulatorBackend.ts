import { type AdminUserClient, type CreateUserInput, normalizeUid, type UserClient } from '@profilekit/core';
import type { BulkCreateOutcome, BulkCreateResult } from '@profilekit/core/backend';
import { errorFromWire } from '@profilekit/core/internal';
import type { Emulator } from '@profilekit/emulator/browser';

/**
 * Stands in, inside a story, for your backend's admin routes: the story's HTTP client plus delete,
 * deactivate and reactivate sent to the in-page emulator with its REST API key (a development key of
 * that emulator, not a real one), and `createUsers` answering per row as `POST /users/bulk` does (without
 * the server's own checks: its tests cover those). A real app gets these from `createBackendClient`.
 */
export function withEmulatorBackend(
  client: UserClient,
  emulator: Emulator,
  fetch: typeof globalThis.fetch,
  baseUrl: string,
): AdminUserClient & { createUsers(users: readonly CreateUserInput[]): Promise<BulkCreateResult> } {
  const admin = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw errorFromWire({ status: response.status, error: (await response.json()).error });
  };
  const createOne = async (user: CreateUserInput, index: number): Promise<BulkCreateOutcome> => {
    const uid = normalizeUid(user.uid);
    const response = await fetch(`${baseUrl}/users`, {
      method: 'POST',
      headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
      body: JSON.stringify(user),
    });
    if (response.ok) return { index, uid, status: 'created' };
    const { error } = await response.json();
    if (error.code === 'ERR_UID_ALREADY_EXISTS') return { index, uid, status: 'exists' };
    if (error.code === 'ERR_BAD_REQUEST' || error.code === 'ERR_ROLE_NOT_FOUND')
      return { index, uid, status: 'invalid', details: error.details ?? {} };
    return { index, uid, status: 'failed', code: error.code, message: error.message };
  };
  // Through the prototype, not a spread: `withDevAuthKey`'s client keeps the HTTP client's methods there.
  return Object.assign(Object.create(client) as UserClient, {
    async createUsers(users: readonly CreateUserInput[]) {
      const results: BulkCreateOutcome[] = [];
      for (const [index, user] of users.entries()) results.push(await createOne(user, index));
      const count = (status: BulkCreateOutcome['status']) => results.filter((row) => row.status === status).length;
      return {
        results,
        created: count('created'),
        exists: count('exists'),
        invalid: count('invalid'),
        failed: count('failed'),
      };
    },
    deleteUser: (uid: string, { permanent = false }: { permanent?: boolean } = {}) =>
      admin('DELETE', `/users/${encodeURIComponent(uid)}`, { permanent }),
    deactivateUsers: (uids: string[]) => admin('DELETE', '/users', { uidsToDeactivate: uids }),
    reactivateUsers: (uids: string[]) => admin('PUT', '/users', { uidsToActivate: uids }),
  });
}
