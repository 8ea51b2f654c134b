'use client';

import { type ProfileKitError, type User, ValidationError } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { startCachedSession } from '../cache/startCachedSession';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * Log in with an auth token from your backend (production), or with a uid and the Auth Key the client
 * holds (development: a client wrapped by `withDevAuthKey` from `@profilekit/core/dev`).
 */
export type LoginCredentials = { authToken: string } | { uid: string };

/**
 * Logs a user in to CometChat. Primes `useCurrentUser` with the answer and drops cached users of any
 * previous session (their `blockedByMe`/`hasBlockedMe` belonged to someone else).
 *
 * @example
 * ```tsx
 * const login = useLogin();
 * login.mutate({ authToken }); // from your backend
 * login.mutate({ uid: 'superhero1' }); // development: a client wrapped by withDevAuthKey
 * ```
 */
export function useLogin(
  options: ProfileKitHookOptions = {},
): UseMutationResult<User, ProfileKitError, LoginCredentials> {
  const { client, queryClient } = useProfileKit(options);
  return useMutation(
    {
      mutationFn: async (credentials: LoginCredentials) => {
        if ('authToken' in credentials) return client.login(credentials.authToken);
        if (!client.loginWithDevAuthKey) {
          throw new ValidationError(
            {
              authKey: [
                'Logging in with a uid needs a client holding the Auth Key (withDevAuthKey, development only); in production log in with an auth token from your backend',
              ],
            },
            { code: 'ERR_AUTH_KEY_MISSING' },
          );
        }
        return client.loginWithDevAuthKey(credentials.uid);
      },
      onSuccess: async (user) => {
        await startCachedSession(queryClient, user);
        const { authToken: _, ...loggedIn } = user;
        publishTabMessages(queryClient, [{ type: 'session.login', user: loggedIn }]);
      },
    },
    options.queryClient,
  );
}
