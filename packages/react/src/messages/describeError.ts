import { isNetworkError, isProfileKitError, isRateLimitError } from '@profilekit/core';
import type { UserFormMessages } from './formMessages';

/** An error in the person's language (`message`) and, when the server said something, its own text (`detail`). */
export interface DescribedError {
  message: string;
  /** The server's text, as it sent it (credentials already redacted): for support and logs, not translated. */
  detail?: string;
}

type ErrorKey =
  | 'userNotFound'
  | 'sessionExpired'
  | 'notAllowed'
  | 'appMisconfigured'
  | 'requestRejected'
  | 'serverUnavailable'
  | 'notLoggedIn';

const byCode: Record<string, ErrorKey> = {
  ERR_UID_NOT_FOUND: 'userNotFound',
  AUTH_ERR_AUTH_TOKEN_NOT_FOUND: 'sessionExpired',
  AUTH_ERR_EMPTY_AUTH_TOKEN: 'sessionExpired',
  ERR_AUTH_TOKEN_NOT_FOUND: 'sessionExpired',
  USER_NOT_LOGGED_IN: 'notLoggedIn',
  AUTH_ERR_NO_ACCESS: 'notAllowed',
  AUTH_ERR_EMPTY_APIKEY: 'appMisconfigured',
  AUTH_ERR_APIKEY_NOT_FOUND: 'appMisconfigured',
  AUTH_ERR_APPID_NOT_FOUND: 'appMisconfigured',
  ERR_AUTH_KEY_MISSING: 'appMisconfigured',
  ERR_DEV_AUTH_KEY_IN_PRODUCTION: 'appMisconfigured',
  ERR_BAD_REQUEST: 'requestRejected',
  ERR_PAYLOAD_TOO_LARGE: 'requestRejected',
};

const byStatus = (status: number): ErrorKey | undefined =>
  status === 401 ? 'sessionExpired' : status === 403 ? 'notAllowed' : status >= 500 ? 'serverUnavailable' : undefined;

/**
 * Says what went wrong in the messages' language, chosen by the error's code (`ProfileKitError.code`)
 * or HTTP status; the server's own text stays available as `detail`. An error that is not profilekit's
 * (e.g. thrown by your `onRegister`) keeps its message: your app wrote it.
 */
export function describeError(error: unknown, messages: UserFormMessages, uid?: string): DescribedError {
  if (isRateLimitError(error))
    return { message: messages.rateLimited(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) };
  if (isNetworkError(error)) return { message: messages.networkError };
  if (isProfileKitError(error)) {
    if (error.code === 'ERR_UID_ALREADY_EXISTS' && uid)
      return { message: messages.uidTaken(uid), detail: error.message };
    const key = byCode[error.code] ?? byStatus(error.status);
    return { message: key ? messages[key] : messages.unexpectedError, detail: error.message };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
