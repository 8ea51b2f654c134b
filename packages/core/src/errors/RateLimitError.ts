import { isUserKitError, UserKitError, type UserKitErrorOptions } from './UserKitError';

/**
 * Too many requests (429 `ERR_TOO_MANY_REQUESTS`). `retryAfterMs` is when CometChat allows the next one.
 *
 * @example
 * ```ts
 * if (isRateLimitError(error)) setTimeout(retry, error.retryAfterMs);
 * ```
 */
export class RateLimitError extends UserKitError {
  override name = 'RateLimitError';
  readonly retryAfterMs: number;

  constructor(message: string, options: UserKitErrorOptions & { retryAfterMs: number }) {
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
  return isUserKitError(error) && error.name === 'RateLimitError';
}
