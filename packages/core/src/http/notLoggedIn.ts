import { AuthError } from '../errors';

/**
 * The error of an operation that needs a logged-in user when nobody is logged in
 * (code `USER_NOT_LOGGED_IN`, as the official SDK names it). No request is sent.
 *
 * @example
 * ```ts
 * if (!authToken) throw notLoggedIn('updateCurrentUserDetails');
 * ```
 */
export function notLoggedIn(operation: string): AuthError {
  return new AuthError(`Nobody is logged in: call login() before ${operation}()`, {
    code: 'USER_NOT_LOGGED_IN',
    status: 401,
  });
}
