import { isProfileKitError, ProfileKitError } from './ProfileKitError';

/**
 * The user does not exist or is deactivated (404 `ERR_UID_NOT_FOUND`).
 *
 * @example
 * ```ts
 * if (isNotFoundError(error)) return <p>No such user</p>;
 * ```
 */
export class NotFoundError extends ProfileKitError {
  override name = 'NotFoundError';
}

/**
 * `true` for a {@link NotFoundError}, across realms too.
 *
 * @example
 * ```ts
 * if (isNotFoundError(error)) console.warn(error.code, error.message);
 * ```
 */
export function isNotFoundError(error: unknown): error is NotFoundError {
  return isProfileKitError(error) && error.name === 'NotFoundError';
}
