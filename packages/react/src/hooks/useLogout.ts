'use client';

import type { ProfileKitError } from '@profilekit/core';
import { type QueryClient, type UseMutationResult, useMutation } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';
import { useProfileKit } from './useProfileKit';

/**
 * Logs the user out of CometChat and clears every user query from the cache — also when the
 * server could not be told (the token is forgotten locally either way).
 *
 * @example
 * ```tsx
 * const logout = useLogout();
 * <button onClick={() => logout.mutate()}>Log out</button>
 * ```
 */
export function useLogout(queryClient?: QueryClient): UseMutationResult<void, ProfileKitError, void> {
  const { client, queryClient: cache } = useProfileKit(queryClient);
  return useMutation(
    {
      mutationFn: () => client.logout(),
      onSettled: () => {
        cache.removeQueries({ queryKey: userKeys.all });
        cache.setQueryData(userKeys.current(), null);
      },
    },
    queryClient,
  );
}
