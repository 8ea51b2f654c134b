import { isProfileKitError, ProfileKitError } from './ProfileKitError';

/**
 * A missing, unknown or insufficient credential: 401 `AUTH_ERR_EMPTY_APIKEY`, `AUTH_ERR_APIKEY_NOT_FOUND`,
 * `AUTH_ERR_AUTH_TOKEN_NOT_FOUND`, or 403 `AUTH_ERR_NO_ACCESS` (an Auth Key used where the REST API key is needed).
 *
 * @example
 * ```ts
 * if (isAuthError(error) && error.code === 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND') redirectToLogin();
 * ```
 */
export class AuthError extends ProfileKitError {
  override name = 'AuthError';
}

/**
 * `true` for an {@link AuthError}, across realms too.
 *
 * @example
 * ```ts
 * if (isAuthError(error)) console.warn(error.code, error.message);
 * ```
 */
export function isAuthError(error: unknown): error is AuthError {
  return isProfileKitError(error) && error.name === 'AuthError';
}
