import type { FieldErrors } from '../types';
import { isProfileKitError, ProfileKitError, type ProfileKitErrorOptions } from './ProfileKitError';

type ValidationErrorOptions = Partial<ProfileKitErrorOptions> & { message?: string };

/**
 * A request a field rule refused — found before sending (no request made) or by the server
 * (`ERR_BAD_REQUEST`, or `ERR_UID_ALREADY_EXISTS` on the `uid` field). `details` maps each field
 * to what is wrong with it.
 *
 * @example
 * ```ts
 * if (isValidationError(error)) form.setError('uid', { message: error.details.uid?.[0] });
 * ```
 */
export class ValidationError extends ProfileKitError {
  override name = 'ValidationError';

  constructor(details: FieldErrors, { message, ...options }: ValidationErrorOptions = {}) {
    super(message ?? summarize(details), { code: 'ERR_BAD_REQUEST', status: 400, ...options, details });
  }
}

function summarize(details: FieldErrors): string {
  const fields = Object.values(details);
  const first = fields.flat()[0] ?? 'The request is invalid';
  return fields.length > 1 ? `${first} (and ${fields.length - 1} more)` : first;
}

/**
 * `true` for a {@link ValidationError}, across realms too.
 *
 * @example
 * ```ts
 * if (isValidationError(error)) console.warn(error.code, error.message);
 * ```
 */
export function isValidationError(error: unknown): error is ValidationError {
  return isProfileKitError(error) && error.name === 'ValidationError';
}
