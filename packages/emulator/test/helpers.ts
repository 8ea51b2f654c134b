import { afterAll, beforeAll } from 'vitest';
import { type RunningEmulator, type StartEmulatorOptions, startEmulator } from '../src/index';

/** A JSON answer of the emulator. */
export interface Answer {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary JSON
  body: any;
}

/** Sends one request to a running emulator over real HTTP. */
export async function call(
  server: RunningEmulator,
  method: string,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'content-type': 'application/json', ...headers };
  }
  const response = await fetch(server.url + path, init);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Requests with each credential of a running emulator. */
export function callers(server: RunningEmulator) {
  const as =
    (headers: Record<string, string>) =>
    (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) =>
      call(server, method, path, { body, headers: { ...headers, ...extra } });
  return {
    /** With the REST API key. */
    admin: as({ apikey: server.restApiKey }),
    /** With the Auth Key. */
    authKey: as({ apikey: server.authKey }),
    /** As a logged-in user. */
    user: (authToken: string) => as({ authToken, appId: server.appId }),
    anonymous: as({}),
  };
}

/** Starts an emulator on a free port for the tests of one file, stopped after them. */
export function useEmulator(options: StartEmulatorOptions = {}) {
  const context = {} as { server: RunningEmulator; api: ReturnType<typeof callers> };
  beforeAll(async () => {
    context.server = await startEmulator({ port: 0, ...options });
    context.api = callers(context.server);
  });
  afterAll(() => context.server.close());
  return context;
}

/** Creates a user with the Auth Key and logs them in (token + `PUT /me`); returns their auth token. */
export async function createAndLogin(api: ReturnType<typeof callers>, uid: string, name = uid): Promise<string> {
  const created = await api.authKey('POST', '/v3/users', { uid, name });
  if (created.status !== 200) throw new Error(`create ${uid}: ${JSON.stringify(created.body)}`);
  const token = await api.authKey('POST', `/v3/users/${uid}/auth_tokens`, {});
  const authToken: string = token.body.data.authToken;
  await api.user(authToken)('PUT', '/v3/me', { platform: 'WEB', deviceId: 'test' });
  return authToken;
}
