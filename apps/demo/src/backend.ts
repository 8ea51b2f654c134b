import { type CreateUserInput, NetworkError } from '@profilekit/core';
import { errorFromWire, type WireError } from '@profilekit/core/internal';

/** What the demo backend answers a registration or login with: an auth token for `login(authToken)`. */
export interface Session {
  uid: string;
  authToken: string;
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new NetworkError('Your backend could not be reached. Is `pnpm dev` running?', { code: 'ERR_NETWORK', cause });
  }
  const json = (await response.json().catch(() => ({}))) as { data?: T; error?: WireError };
  if (!response.ok || json.data === undefined) throw errorFromWire({ status: response.status, error: json.error });
  return json.data;
}

/**
 * The browser's calls to "your backend" (apps/demo/server), proxied under `/api`. Errors come back as
 * profilekit errors, so the kit's forms put `details` on their fields.
 *
 * @example
 * ```ts
 * const { authToken } = await backend.register({ uid: 'kevin', name: 'Kevin' }, { password: 'correct horse' });
 * await client.login(authToken);
 * ```
 */
export const backend = {
  register: (user: CreateUserInput, account: { email?: string; password: string }) =>
    call<Session>('POST', '/api/register', { ...user, ...account }),
  login: (login: string, password: string) => call<Session>('POST', '/api/login', { login, password }),
  isUidAvailable: async (uid: string, signal: AbortSignal) =>
    (await call<{ available: boolean }>('GET', `/api/uids/${encodeURIComponent(uid)}`, undefined, signal)).available,
};
