import { isProfileKitError, ProfileKitError } from './ProfileKitError';

/**
 * No response arrived (status `0`): `ERR_NETWORK` (offline, DNS, refused), `ERR_TIMEOUT`, or
 * `ERR_ABORTED` (your `AbortSignal`). The original failure is in `cause`.
 *
 * @example
 * ```ts
 * if (isNetworkError(error) && error.code !== 'ERR_ABORTED') showOfflineBanner();
 * ```
 */
export class NetworkError extends ProfileKitError {
  override name = 'NetworkError';
}

/**
 * `true` for a {@link NetworkError}, across realms too.
 *
 * @example
 * ```ts
 * if (isNetworkError(error)) console.warn(error.code, error.message);
 * ```
 */
export function isNetworkError(error: unknown): error is NetworkError {
  return isProfileKitError(error) && error.name === 'NetworkError';
}
