'use client';

import { type QueryClient, type UseMutationResult, useMutation } from '@tanstack/react-query';
import type { UserKitError } from '@userkit/core';
import { userKeys } from '../queryKeys';
import { useUserKit } from './useUserKit';

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
export function useLogout(queryClient?: QueryClient): UseMutationResult<void, UserKitError, void> {
  const { client, queryClient: cache } = useUserKit(queryClient);
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
