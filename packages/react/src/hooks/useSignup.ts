'use client';

import type { ProfileKitError, SignupRequest, SignupResult } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { storeUserEverywhere } from '../cache/userCache';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
import { requireSignupClient } from './requireClient';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * Signs a new person up through your backend (`POST /signup` of `@profilekit/server`): it stores
 * your app's account, creates the CometChat user with the REST API key — never a role — and answers
 * with an auth token. Log in with it next (`useLogin().mutate({ authToken })`). Retrying the same
 * sign-up is safe: the server answers it again instead of failing on the uid it already took.
 *
 * @example
 * ```tsx
 * const signup = useSignup();
 * const login = useLogin();
 * const { authToken } = await signup.mutateAsync({ user: { uid: 'kevin', name: 'Kevin' }, account: { email, password } });
 * await login.mutateAsync({ authToken });
 * ```
 */
export function useSignup(
  options: ProfileKitHookOptions = {},
): UseMutationResult<SignupResult, ProfileKitError, SignupRequest> {
  const { client, queryClient } = useProfileKit(options);
  const backend = requireSignupClient(client, 'useSignup');
  return useMutation(
    {
      mutationFn: (request: SignupRequest) => backend.signup(request),
      onSuccess: ({ user }) => {
        storeUserEverywhere(queryClient, user);
        queryClient.removeQueries({ queryKey: userKeys.availability(user.uid), exact: true });
        publishTabMessages(queryClient, [{ type: 'user.created', user }]);
      },
    },
    options.queryClient,
  );
}
