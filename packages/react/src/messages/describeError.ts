import { isNetworkError, isProfileKitError, isRateLimitError } from '@profilekit/core';
import { isSignupSetupError } from '../signup/SignupSetupError';
import type { UserFormMessages } from './formMessages';

/** An error in the person's language (`message`) and, when the server said something, its own text (`detail`). */
export interface DescribedError {
  message: string;
  /** The server's text, as it sent it (credentials already redacted): for support and logs, not translated. */
  detail?: string;
}

/** The message for a profilekit error: by its code where the code says more than the status (keys, login), else by status. */
function messageOf({ code, status }: { code: string; status: number }, messages: UserFormMessages): string {
  if (/APIKEY|APPID|AUTH_KEY/.test(code)) return messages.appMisconfigured;
  if (code === 'USER_NOT_LOGGED_IN') return messages.notLoggedIn;
  // A repeated sign-up of an account that completed: the backend issues no token there; the person logs in.
  if (code === 'ERR_SIGNUP_COMPLETED') return messages.sessionExpired;
  if (status === 401) return messages.sessionExpired;
  if (status === 403) return messages.notAllowed;
  if (status === 404) return messages.userNotFound;
  if (status === 400 || status === 413) return messages.requestRejected;
  return status >= 500 ? messages.serverUnavailable : messages.unexpectedError;
}

/**
 * Says what went wrong in the messages' language, chosen by the error's code (`ProfileKitError.code`:
 * ERR_TOO_MANY_REQUESTS, ERR_NETWORK, ERR_UID_ALREADY_EXISTS, a missing or unknown key…) or HTTP status
 * (401, 403, 404, 400, 5xx); the server's own text stays available as `detail`. An error that is not profilekit's
 * (e.g. thrown by your `onRegister`) keeps its message: your app wrote it.
 */
export function describeError(error: unknown, messages: UserFormMessages, uid?: string): DescribedError {
  if (isRateLimitError(error))
    return { message: messages.rateLimited(Math.max(1, Math.ceil(error.retryAfterMs / 1000))) };
  if (isNetworkError(error)) return { message: messages.networkError };
  if (isSignupSetupError(error)) {
    // SignupFlow's messages carry the sign-up's own words; any other form says the app is misconfigured.
    const signup = (messages as Partial<UserFormMessages>).signupNotConfigured;
    return { message: signup ?? messages.appMisconfigured, detail: error.message };
  }
  if (isProfileKitError(error)) {
    if (error.code === 'ERR_UID_ALREADY_EXISTS' && uid)
      return { message: messages.uidTaken(uid), detail: error.message };
    return { message: messageOf(error, messages), detail: error.message };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}
