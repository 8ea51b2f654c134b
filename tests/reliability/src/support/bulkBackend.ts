import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandlerOptions } from '@profilekit/server';
import { createTestUser, readUser } from './cometChatUsers';

/**
 * An emulator, `@profilekit/server` over it with its default `authorize` (Bearer CometChat tokens), an admin
 * and a plain user: what the bulk-create tests send raw requests to.
 */
export async function startBulkBackend(options: Partial<ProfileKitHandlerOptions> = {}) {
  const emulator: RunningEmulator = await startEmulator({ port: 0, rateLimit: false });
  const handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    ...options,
  });
  const user = (uid: string, role?: string) =>
    createTestUser(emulator.url, emulator.restApiKey, { uid, ...(role && { role }) });
  const [admin, otherAdmin, alice] = await Promise.all([
    user('admin', 'admin'),
    user('admin2', 'admin'),
    user('alice'),
  ]);
  /** `POST /users/bulk` with this body (a string is sent as is) and caller token. */
  const bulk = async (body: unknown, authToken?: string) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authToken) headers.authorization = `Bearer ${authToken}`;
    const request = new Request('http://backend.test/users/bulk', {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const response = await handler(request);
    const text = await response.text();
    // biome-ignore lint/suspicious/noExplicitAny: arbitrary JSON answer
    return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as any };
  };
  const read = (uid: string) => readUser(emulator.url, emulator.restApiKey, uid);
  return { emulator, handler, admin, otherAdmin, alice, bulk, read, close: () => emulator.close() };
}
