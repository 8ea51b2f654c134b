import { isProfileKitError } from '@profilekit/core';

/**
 * A sign-up that cannot create the CometChat user because the app gives it no way to: `onRegister` returned no
 * `{ authToken }` and the client has no Auth Key (CometChat answered `AUTH_ERR_EMPTY_APIKEY`). Its message says
 * what is missing and how to fix it; the original error is its `cause`.
 */
export class SignupSetupError extends Error {
  override readonly name = 'SignupSetupError';

  constructor(cause: unknown) {
    super(
      'profilekit: SignupFlow has no backend and no Auth Key to create the CometChat user (AUTH_ERR_EMPTY_APIKEY). ' +
        'Production: leave out onRegister and give the provider withBackend(client, createBackendClient(…)) ' +
        '(@profilekit/server), or return { authToken } from onRegister. Development: withDevAuthKey(client, authKey).',
      { cause },
    );
  }
}

/** `true` for the error CometChat gives a create with no Auth Key: a setup problem, not the person's. */
export const isMissingAuthKey = (error: unknown): boolean =>
  isProfileKitError(error) && error.code === 'AUTH_ERR_EMPTY_APIKEY';

/** `true` for a {@link SignupSetupError}, also across realms (by name). */
export const isSignupSetupError = (error: unknown): error is SignupSetupError =>
  error instanceof Error && error.name === 'SignupSetupError';
