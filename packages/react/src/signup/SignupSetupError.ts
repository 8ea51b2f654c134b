import { isProfileKitError } from '@profilekit/core';

/**
 * A sign-up that cannot create the CometChat user because the app gives it no way to: no backend
 * (`onRegister` returned no `{ authToken }`) and no Auth Key on the client (CometChat answered
 * `AUTH_ERR_EMPTY_APIKEY`). Its message says what is missing and how to fix it; the original error is its `cause`.
 */
export class SignupSetupError extends Error {
  override readonly name = 'SignupSetupError';
  readonly code = 'SIGNUP_NOT_CONFIGURED';

  constructor(cause: unknown) {
    super(
      'profilekit: SignupFlow could not create the CometChat user: onRegister returned no { authToken } and the ' +
        "client sent no Auth Key (CometChat answered AUTH_ERR_EMPTY_APIKEY). In production, create the user on your backend: leave out onRegister and give the provider withBackend(client, createBackendClient({ baseUrl: '/api', getAuthToken })) " +
        "(@profilekit/server's POST /signup), or return { authToken } from onRegister. In development only, wrap the client with withDevAuthKey(client, authKey).",
      { cause },
    );
  }
}

/** `true` for the error CometChat gives a create with no Auth Key: a setup problem, not the person's. */
export function isMissingAuthKey(error: unknown): boolean {
  return isProfileKitError(error) && error.code === 'AUTH_ERR_EMPTY_APIKEY';
}

/** `true` for a {@link SignupSetupError}, also across realms (by name). */
export function isSignupSetupError(error: unknown): error is SignupSetupError {
  return error instanceof Error && error.name === 'SignupSetupError';
}
