import { ValidationError } from '../errors';

/** The error of `loginWithDevAuthKey` on a client created without an Auth Key. */
export function missingDevAuthKey(): ValidationError {
  return new ValidationError(
    {
      authKey: [
        'Logging in with a uid needs the devAuthKey option (development only) or an auth token from your backend',
      ],
    },
    { code: 'ERR_AUTH_KEY_MISSING' },
  );
}
