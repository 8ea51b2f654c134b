import { type FieldErrors, isProfileKitError } from '@profilekit/core';

/** An error the backend answers with, in CometChat's shape: `{ error: { code, message, details } }`. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: 400 | 401 | 404 | 409 | 413 | 502 | 503,
    readonly code: string,
    message: string,
    readonly details?: FieldErrors,
  ) {
    super(message);
  }
}

/** 400 with each field's messages, as the kit's forms map them onto fields. */
export const invalidInput = (details: FieldErrors) =>
  new HttpError(400, 'ERR_BAD_REQUEST', 'Check the highlighted fields.', details);

/** 400 `ERR_UID_ALREADY_EXISTS`: the uid belongs to another account or CometChat user. */
export const uidTaken = (uid: string) =>
  new HttpError(400, 'ERR_UID_ALREADY_EXISTS', `The UID ${uid} is taken.`, { uid: [`The UID ${uid} is taken.`] });

/**
 * The response body and status for anything a route threw. A profilekit error from CometChat keeps its
 * code and details (its credentials are already redacted) — a refused REST API key is the backend's problem,
 * so it becomes 502 — and anything else becomes a 500 that says nothing secret.
 */
export function errorResponse(error: unknown): { status: number; body: { error: Record<string, unknown> } } {
  if (error instanceof HttpError) {
    return {
      status: error.status,
      body: { error: { code: error.code, message: error.message, details: error.details } },
    };
  }
  if (isProfileKitError(error)) {
    const status = [400, 404, 429].includes(error.status) ? error.status : 502;
    const message = `CometChat: ${error.message}`;
    return { status, body: { error: { code: error.code, message, details: error.details } } };
  }
  return { status: 500, body: { error: { code: 'ERR_INTERNAL', message: 'The demo backend failed; see its log.' } } };
}
