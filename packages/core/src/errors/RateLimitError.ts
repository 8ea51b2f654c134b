import { isProfileKitError, ProfileKitError, type ProfileKitErrorOptions } from './ProfileKitError';

/**
 * Too many requests (429 `ERR_TOO_MANY_REQUESTS`). `retryAfterMs` is when CometChat allows the next one.
 *
 * @example
 * ```ts
 * if (isRateLimitError(error)) setTimeout(retry, error.retryAfterMs);
 * ```
 */
export class RateLimitError extends ProfileKitError {
  override name = 'RateLimitError';
  readonly retryAfterMs: number;

  constructor(message: string, options: ProfileKitErrorOptions & { retryAfterMs: number }) {
    super(message, options);
    this.retryAfterMs = options.retryAfterMs;
  }
}

/**
 * `true` for a {@link RateLimitError}, across realms too.
 *
 * @example
 * ```ts
 * if (isRateLimitError(error)) console.warn(error.code, error.message);
 * ```
 */
export function isRateLimitError(error: unknown): error is RateLimitError {
  return isProfileKitError(error) && error.name === 'RateLimitError';
}
