import { createRestClient } from '@profilekit/core/rest';
import { codeOf } from '../observe';
import type { Scenario } from '../scenario';
import { given, loggedIn } from './support';

/** Forty hex characters like a real key, known to no app. */
const unknownKey = '0123456789abcdef0123456789abcdef01234567';

/** The error and its `details`, as facts. */
async function failure(promise: Promise<unknown>) {
  return promise.then(
    () => ({ code: 'ok', fields: [] as string[] }),
    (error: { code?: string; details?: Record<string, unknown> }) => ({
      code: String(error.code),
      fields: Object.keys(error.details ?? {}).sort(),
    }),
  );
}

/** Every documented error code, through each transport that can meet it. */
export const errorScenarios: Scenario[] = [
  {
    id: 'error: uid taken (any case) is ERR_UID_ALREADY_EXISTS',
    async run(context) {
      const uid = await given(context, 'err-taken');
      const code = await codeOf(context.client.createUser({ uid: uid.toUpperCase(), name: 'Twin' }, context.adminKey));
      return { expected: 'ERR_UID_ALREADY_EXISTS', observed: code };
    },
  },
  {
    id: 'error: reading an unknown uid is ERR_UID_NOT_FOUND',
    async run(context) {
      await loggedIn(context, 'err-reader');
      return { expected: 'ERR_UID_NOT_FOUND', observed: await codeOf(context.client.getUser(context.uid('nobody'))) };
    },
  },
  {
    id: 'error: updating an unknown uid is ERR_UID_NOT_FOUND',
    async run(context) {
      const code = await codeOf(
        context.client.updateUser({ uid: context.uid('nobody2'), name: 'X' }, context.adminKey),
      );
      return { expected: 'ERR_UID_NOT_FOUND', observed: code };
    },
  },
  {
    // The error guide's name: ERR_ROLE_NOT_FOUND (https://www.cometchat.com/docs/articles/error-guide).
    id: 'error: an unknown role is ERR_ROLE_NOT_FOUND naming the field',
    async run(context) {
      const user = { uid: context.uid('err-role'), name: 'Role', role: 'no-such-role-pk' };
      const observed = await failure(context.client.createUser(user, context.adminKey));
      return { expected: { code: 'ERR_ROLE_NOT_FOUND', fields: ['role'] }, observed };
    },
  },
  {
    id: 'error: an unknown key is AUTH_ERR_APIKEY_NOT_FOUND',
    async run(context) {
      const code = await codeOf(context.client.createUser({ uid: context.uid('err-key'), name: 'K' }, unknownKey));
      return { expected: 'AUTH_ERR_APIKEY_NOT_FOUND', observed: code };
    },
  },
  {
    id: 'error: no key is AUTH_ERR_EMPTY_APIKEY',
    // The SDK refuses an empty key itself (INVALID_AUTH_KEY) and sends nothing: no wire behaviour to compare.
    transports: ['http', 'rest'],
    async run(context) {
      const code = await codeOf(context.client.createUser({ uid: context.uid('err-nokey'), name: 'K' }, ''));
      return { expected: 'AUTH_ERR_EMPTY_APIKEY', observed: code };
    },
  },
  {
    id: 'error: a revoked auth token is AUTH_ERR_AUTH_TOKEN_NOT_FOUND',
    async run(context) {
      const uid = await given(context, 'err-revoked');
      const { authToken } = await context.admin.createAuthToken(uid);
      await context.client.login(authToken);
      await context.admin.deleteAuthToken(uid, authToken);
      const code = await codeOf(context.client.updateCurrentUserDetails({ statusMessage: 'still here?' }));
      return { expected: 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND', observed: code };
    },
  },
  {
    id: 'error: the Auth Key cannot delete (AUTH_ERR_NO_ACCESS)',
    transports: ['rest'],
    async run(context) {
      const uid = await given(context, 'err-scope');
      const withAuthKey = createRestClient(context.target.where, { apiKey: context.authKey });
      return { expected: 'AUTH_ERR_NO_ACCESS', observed: await codeOf(withAuthKey.deleteUser(uid)) };
    },
  },
  {
    // Thrown by the client itself before any request (the server side is `wire: the client API without an auth token`).
    id: 'error: nobody logged in is USER_NOT_LOGGED_IN (client-side, nothing sent)',
    async run(context) {
      const code = await codeOf(context.client.updateCurrentUserDetails({ statusMessage: 'hi' }));
      return { expected: 'USER_NOT_LOGGED_IN', observed: code };
    },
  },
];
