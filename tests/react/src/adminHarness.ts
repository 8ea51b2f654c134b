import { type AdminUserClient, isNotFoundError } from '@profilekit/core';
import type { BackendUserClient } from '@profilekit/core/backend';
import { createRestClient } from '@profilekit/core/rest';
import { BASE_URL, createHarness } from './harness';

/** What a test asks of its admin client. */
export interface AdminHarnessOptions {
  /** Send delete, deactivate and reactivate with the Auth Key, which CometChat refuses for them (authOnly scope). */
  refuseAdminOperations?: boolean;
}

/**
 * The harness over core's REST client (jsdom runs in Node, so it may hold the emulator's REST API
 * key), standing in for the browser's backend client: the same `AdminUserClient` contract, plus a
 * `signup` that does what `POST /signup` does — create the user, then issue an auth token — and the
 * uid check of `GET /signup/uids/:uid`.
 */
export function createAdminHarness(options: AdminHarnessOptions = {}) {
  return createHarness((emulator, fetch) => {
    const rest = createRestClient({ baseUrl: BASE_URL }, { apiKey: emulator.restApiKey, fetch });
    const refusing = createRestClient({ baseUrl: BASE_URL }, { apiKey: emulator.authKey, fetch });
    const adminOperations = options.refuseAdminOperations ? refusing : rest;
    const client: AdminUserClient & Pick<BackendUserClient, 'signup' | 'isUidAvailable'> = {
      ...rest,
      deleteUser: adminOperations.deleteUser,
      deactivateUsers: adminOperations.deactivateUsers,
      reactivateUsers: adminOperations.reactivateUsers,
      async signup({ user: input }) {
        const user = await rest.createUser(input);
        const { authToken } = await rest.createAuthToken(user.uid);
        return { user, authToken };
      },
      // What `GET /signup/uids/:uid` answers: nobody, deactivated users included, holds the uid.
      isUidAvailable: (uid, requestOptions) =>
        rest.getUser(uid, requestOptions).then(
          () => false,
          (error: unknown) => {
            if (isNotFoundError(error)) return true;
            throw error;
          },
        ),
    };
    return client;
  });
}
