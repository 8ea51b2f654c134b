import { ValidationError } from '../errors';

/** The error of `loginWithDevAuthKey` on a client created without an Auth Key. */
export function missingDevAuthKey(): ValidationError {
  return new ValidationError(
    {
      authKey: [
        'Logging in with a uid needs the Auth Key: create the client with devAuthKey (development only), or log in with an auth token from your backend',
      ],
    },
    { code: 'ERR_AUTH_KEY_MISSING' },
  );
}
