import { createEmulator, type Emulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandlerOptions } from '@profilekit/server';
import { memoryAccounts } from '../support/memoryAccounts';

/** Grace's real password in these tests. */
export const GRACE_PASSWORD = 'first-compiler-1952';

/**
 * `@profilekit/server` with its default limits over the in-process emulator and an account table where
 * grace (grace@example.com) has signed up; logins take `{ login, password }`, login by uid or by email.
 */
export async function backendWithGrace(options: Partial<ProfileKitHandlerOptions> = {}) {
  const emulator: Emulator = createEmulator({ rateLimit: false });
  const accounts = memoryAccounts();
  const emails = new Map([['grace@example.com', 'grace']]);
  const handler = createProfileKitHandler({
    target: { baseUrl: 'http://emulator.test', appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    transport: { fetch: (input, init) => emulator.fetch(new Request(input, init)), retry: { limit: 0 } },
    ...accounts,
    // Log in by uid or by email, as the demo does.
    authenticate: async ({ body, request }) => {
      const { login, password } = (body ?? {}) as { login?: string; password?: string };
      const uid = emails.get(String(login).toLowerCase()) ?? login;
      return accounts.authenticate?.({ body: { login: uid, password }, request }) ?? null;
    },
    accountOf: (login) => emails.get(login.toLowerCase()),
    ...options,
  });
  const send = async (path: string, body: unknown, clientIp: string) => {
    const request = new Request(`http://backend.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const response = await handler(request, { clientIp });
    return { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') };
  };
  const login = (login: string, password: string, clientIp: string) => send('/session', { login, password }, clientIp);
  const signup = (uid: string, password: string, clientIp: string) =>
    send('/signup', { user: { uid, name: 'Grace' }, account: { password } }, clientIp);
  const first = await signup('grace', GRACE_PASSWORD, '192.0.2.1');
  if (first.status !== 200) throw new Error(`grace could not sign up: ${JSON.stringify(first.body)}`);
  return { emulator, handler, login, signup };
}
