'use client';

import type { ProfileKitError } from '@profilekit/core';
import { type UseMutationResult, useMutation } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';
import { publishTabMessages } from '../sync/publishTabMessages';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * Logs the user out of CometChat and clears every user query from the cache — also when the
 * server could not be told (the token is forgotten locally either way). With a client composed by
 * `withBackend`, your backend first revokes the auth token (`DELETE /session`), so it is refused everywhere.
 *
 * @example
 * ```tsx
 * const logout = useLogout();
 * <button onClick={() => logout.mutate()}>Log out</button>
 * ```
 */
export function useLogout(options: ProfileKitHookOptions = {}): UseMutationResult<void, ProfileKitError, void> {
  const { client, queryClient } = useProfileKit(options);
  return useMutation(
    {
      mutationFn: () => client.logout(),
      onSettled: () => {
        queryClient.removeQueries({ queryKey: userKeys.all });
        queryClient.setQueryData(userKeys.current(), null);
        publishTabMessages(queryClient, [{ type: 'session.logout', reason: 'logout' }]);
      },
    },
    options.queryClient,
  );
}
