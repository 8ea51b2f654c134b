import type { AdminUserClient, UserClient } from '@profilekit/core';
import { errorFromWire } from '@profilekit/core/internal';
import type { Emulator } from '@profilekit/emulator/browser';

/**
 * Stands in, inside a story, for your backend's admin routes: the story's HTTP client plus delete,
 * deactivate and reactivate sent to the in-page emulator with its REST API key (a development key of
 * that emulator, not a real one). A real app gets these from `createBackendClient`.
 */
export function withEmulatorBackend(
  client: UserClient,
  emulator: Emulator,
  fetch: typeof globalThis.fetch,
  baseUrl: string,
): AdminUserClient {
  const admin = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw errorFromWire({ status: response.status, error: (await response.json()).error });
  };
  const operations: Pick<AdminUserClient, 'deleteUser' | 'deactivateUsers' | 'reactivateUsers'> = {
    deleteUser: (uid, { permanent = false } = {}) =>
      admin('DELETE', `/users/${encodeURIComponent(uid)}`, { permanent }),
    deactivateUsers: (uids) => admin('DELETE', '/users', { uidsToDeactivate: uids }),
    reactivateUsers: (uids) => admin('PUT', '/users', { uidsToActivate: uids }),
  };
  // A proxy, not a spread: the client's methods may live on its prototype, which a spread leaves behind.
  return new Proxy(client, {
    get: (target, name, receiver) => {
      if (name in operations) return operations[name as keyof typeof operations];
      const value = Reflect.get(target, name, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as AdminUserClient;
}
