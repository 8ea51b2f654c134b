import { sendJson } from './sendJson';

/** A CometChat user made for a test, with an auth token CometChat issued for it. */
export interface TestUser {
  uid: string;
  authToken: string;
}

/**
 * Creates a user straight at the emulator with the REST API key (role included) and issues it an auth
 * token — a caller of your backend as the browser would be after logging in.
 *
 * @example
 * ```ts
 * const admin = await createTestUser(emulator.url, restApiKey, { uid: 'admin-1', name: 'Admin', role: 'admin' });
 * await fetch(`${backend}/api/users`, { headers: { authorization: `Bearer ${admin.authToken}` } });
 * ```
 */
export async function createTestUser(
  emulatorUrl: string,
  restApiKey: string,
  user: { uid: string; name?: string; role?: string },
): Promise<TestUser> {
  const headers = { apikey: restApiKey };
  const created = await sendJson(
    `${emulatorUrl}/v3/users`,
    'POST',
    headers,
    JSON.stringify({ name: user.uid, ...user }),
  );
  if (created.status !== 200) throw new Error(`creating ${user.uid}: ${created.status} ${created.text}`);
  const token = await sendJson(`${emulatorUrl}/v3/users/${user.uid}/auth_tokens`, 'POST', headers, '{}');
  return { uid: user.uid, authToken: token.body.data.authToken as string };
}

/** A user as the emulator's admin API shows it (deactivated ones too), or `undefined`. */
export async function readUser(emulatorUrl: string, restApiKey: string, uid: string) {
  const answer = await sendJson(`${emulatorUrl}/v3/users?uids=${uid}&withDeactivated=1`, 'GET', { apikey: restApiKey });
  return (answer.body.data as Record<string, unknown>[] | undefined)?.find((user) => user.uid === uid);
}
