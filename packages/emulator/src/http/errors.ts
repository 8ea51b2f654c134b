import { type FieldErrors, ValidationError } from '@profilekit/core';
import { maskSecret } from '@profilekit/core/internal';

/** Where the emulator's errors say they come from (`error.source`). */
const SOURCE = 'profilekit-emulator';

/**
 * An error answer of the emulator, shaped as CometChat's: `{ error: { message, devMessage, source, code, details? } }`.
 * Thrown anywhere in a route; the app turns it into the response.
 */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: FieldErrors,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  /** The JSON body CometChat would send. */
  toBody(): { error: { message: string; devMessage: string; source: string; code: string; details?: FieldErrors } } {
    const error = { message: this.message, devMessage: this.message, source: SOURCE, code: this.code };
    return { error: this.details ? { ...error, details: this.details } : error };
  }

  /** The answer: this status, the JSON body and the error's headers. */
  toResponse(): Response {
    return Response.json(this.toBody(), { status: this.status, headers: this.headers });
  }
}

/** 400 `ERR_BAD_REQUEST` with field → messages; the message summarises them as `@profilekit/core` does. */
export function badRequest(details: FieldErrors): ApiError {
  return new ApiError(400, 'ERR_BAD_REQUEST', new ValidationError(details).message, details);
}

/** 400 `ERR_UID_ALREADY_EXISTS` (deactivated users keep their uid). */
export function uidTaken(uid: string): ApiError {
  const message = `The UID ${uid} already exists. UIDs are case-insensitive and deactivated users keep theirs.`;
  return new ApiError(400, 'ERR_UID_ALREADY_EXISTS', message, { uid: [message] });
}

/** 404 `ERR_UID_NOT_FOUND` (unknown or deactivated). */
export function uidNotFound(uid: string): ApiError {
  return new ApiError(404, 'ERR_UID_NOT_FOUND', `The UID ${uid} does not exist or is deactivated.`);
}

/** 401 `AUTH_ERR_EMPTY_APIKEY`. */
export function emptyApiKey(): ApiError {
  return new ApiError(401, 'AUTH_ERR_EMPTY_APIKEY', 'The apikey header is missing. Send the Auth Key or REST API key.');
}

/** 401 `AUTH_ERR_APIKEY_NOT_FOUND`, the key masked. */
export function apiKeyNotFound(key: string): ApiError {
  return new ApiError(401, 'AUTH_ERR_APIKEY_NOT_FOUND', `The apikey ${maskSecret(key)} does not exist for this app.`);
}

/** 403 `AUTH_ERR_NO_ACCESS`: an Auth Key used where the REST API key is needed. */
export function noAccess(key: string, what: string): ApiError {
  return new ApiError(
    403,
    'AUTH_ERR_NO_ACCESS',
    `The apikey ${maskSecret(key)} is an Auth Key (authOnly: create users, update users, create auth tokens); ${what} needs the REST API key.`,
  );
}

/** 401 `AUTH_ERR_EMPTY_AUTH_TOKEN`: a client endpoint called without a logged-in user. */
export function emptyAuthToken(): ApiError {
  return new ApiError(401, 'AUTH_ERR_EMPTY_AUTH_TOKEN', 'The authToken header is missing. Log in first.');
}

/** 401 `AUTH_ERR_AUTH_TOKEN_NOT_FOUND`, the token masked. */
export function authTokenNotFound(token: string): ApiError {
  return new ApiError(
    401,
    'AUTH_ERR_AUTH_TOKEN_NOT_FOUND',
    `The auth token ${maskSecret(token)} does not exist, was revoked, or its user is deactivated.`,
  );
}
