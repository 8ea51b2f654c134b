import type { FieldErrors } from '@profilekit/core';

/** The statuses a profilekit backend answers errors with. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 502 | 503;

/**
 * An error your hooks may throw to answer with CometChat's error shape:
 * `{ error: { code, message, details } }` and this status. Any other error becomes a 500 that says nothing.
 *
 * @example
 * ```ts
 * throw new ProfileKitHttpError(400, 'ERR_BAD_REQUEST', 'Check the highlighted fields.', { email: ['This email belongs to another account'] });
 * ```
 */
export class ProfileKitHttpError extends Error {
  override name = 'ProfileKitHttpError' as const;
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly details?: FieldErrors,
    /** Seconds, sent as `Retry-After` (429). */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** 400 `ERR_BAD_REQUEST` with each field's messages, as profilekit's forms put them on their fields. */
export const invalidInput = (details: FieldErrors) =>
  new ProfileKitHttpError(400, 'ERR_BAD_REQUEST', 'Check the highlighted fields.', details);

/** 400 `ERR_UID_ALREADY_EXISTS`: the uid belongs to another account or CometChat user (deactivated ones too). */
export const uidTaken = (uid: string) =>
  new ProfileKitHttpError(400, 'ERR_UID_ALREADY_EXISTS', `The UID ${uid} is taken.`, {
    uid: [`The UID ${uid} is taken.`],
  });
