import { type FieldErrors, isProfileKitError, isRateLimitError } from '@profilekit/core';
import { ProfileKitHttpError } from './httpError';

/** An error answer: status, CometChat's error body and, for 429, the seconds to wait. */
export interface ErrorAnswer {
  status: number;
  body: { error: { code: string; message: string; details?: FieldErrors } };
  retryAfterSeconds?: number;
}

/** CometChat codes whose own message says nothing about the backend's key or hosts. */
const PASSED_ON = new Set(['ERR_BAD_REQUEST', 'ERR_ROLE_NOT_FOUND', 'ERR_UID_ALREADY_EXISTS', 'ERR_UID_NOT_FOUND']);

/**
 * The answer for anything a route threw. Your hooks' {@link ProfileKitHttpError}s keep their code and
 * details. A CometChat refusal of a user's input (400, 404) keeps its code and field messages; 429 keeps
 * `Retry-After`. Everything else — a refused REST API key, an unreachable CometChat, a bug — becomes a
 * 502 or 500 that names neither the key nor CometChat's URL: those go to your log as a code only.
 *
 * @example
 * ```ts
 * errorAnswer(new ProfileKitHttpError(403, 'AUTH_ERR_NO_ACCESS', 'Admins only.')).status; // 403
 * ```
 */
export function errorAnswer(error: unknown): ErrorAnswer {
  if (error instanceof ProfileKitHttpError) {
    const { status, code, message, details, retryAfterSeconds } = error;
    return { status, body: { error: { code, message, ...(details && { details }) } }, retryAfterSeconds };
  }
  if (isRateLimitError(error)) {
    const retryAfterSeconds = Math.max(1, Math.ceil(error.retryAfterMs / 1000));
    const message = 'CometChat is busy; try again in a moment.';
    return { status: 429, body: { error: { code: 'ERR_TOO_MANY_REQUESTS', message } }, retryAfterSeconds };
  }
  if (isProfileKitError(error) && PASSED_ON.has(error.code) && (error.status === 400 || error.status === 404)) {
    const details = error.details && Object.keys(error.details).length > 0 ? { details: error.details } : {};
    return { status: error.status, body: { error: { code: error.code, message: error.message, ...details } } };
  }
  if (isProfileKitError(error)) {
    const message = 'CometChat did not accept the backend’s request; the backend’s log says why.';
    return { status: 502, body: { error: { code: 'ERR_COMETCHAT_UNAVAILABLE', message } } };
  }
  return { status: 500, body: { error: { code: 'ERR_INTERNAL', message: 'The backend failed; its log says why.' } } };
}

/**
 * What the log may say about an error: its name, code and status — never a message, which could carry
 * a masked key or an internal URL.
 *
 * @example
 * ```ts
 * logLine(error); // 'AuthError AUTH_ERR_APIKEY_NOT_FOUND (401)'
 * ```
 */
export function errorLogLine(error: unknown): string {
  if (error instanceof Error) {
    const { code, status } = error as { code?: unknown; status?: unknown };
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}${typeof status === 'number' ? ` (${status})` : ''}`;
  }
  return typeof error;
}
