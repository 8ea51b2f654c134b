import type { FieldErrors } from '../types';
import { AuthError } from './AuthError';
import { NotFoundError } from './NotFoundError';
import { ProfileKitError } from './ProfileKitError';
import { RateLimitError } from './RateLimitError';
import { ValidationError } from './ValidationError';

/** The `error` object of a CometChat error response. */
export interface WireError {
  code?: string;
  message?: string;
  devMessage?: string;
  source?: string;
  details?: FieldErrors;
}

/** What turns a CometChat error into a profilekit error. */
export interface WireErrorContext {
  status: number;
  error: WireError | undefined;
  /** From the `Retry-After` header, for 429. */
  retryAfterMs?: number;
  secrets?: readonly (string | undefined)[];
  cause?: unknown;
}

/**
 * The profilekit error for a CometChat error response (`{ error: { code, message, details } }`),
 * as both the HTTP clients and the SDK adapter raise it.
 *
 * @example
 * ```ts
 * throw errorFromWire({ status: 404, error: { code: 'ERR_UID_NOT_FOUND', message: 'The UID bob does not exist.' } });
 * ```
 */
export function errorFromWire({ status, error, retryAfterMs, secrets, cause }: WireErrorContext): ProfileKitError {
  const code = error?.code ?? (status === 429 ? 'ERR_TOO_MANY_REQUESTS' : `HTTP_${status}`);
  const message =
    error?.message ??
    (status >= 500
      ? `CometChat is not available right now (HTTP ${status}). Try again in a moment.`
      : `CometChat answered ${status} (${code})`);
  const options = { code, status, secrets, cause, details: error?.details };
  if (code === 'ERR_UID_ALREADY_EXISTS') {
    return new ValidationError(error?.details ?? { uid: [message] }, { ...options, message });
  }
  if (status === 400 || code === 'ERR_BAD_REQUEST')
    return new ValidationError(error?.details ?? {}, { ...options, message });
  if (status === 401 || status === 403 || code.startsWith('AUTH_ERR')) return new AuthError(message, options);
  if (status === 404 || code === 'ERR_UID_NOT_FOUND') return new NotFoundError(message, options);
  if (status === 429) return new RateLimitError(message, { ...options, retryAfterMs: retryAfterMs ?? 1000 });
  return new ProfileKitError(message, options);
}
