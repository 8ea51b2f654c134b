import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Marks user queries stale and refetches the ones on screen in the background. A mutation settles
 * without waiting for them: the server's answer is already in the cache, the refetch only confirms it.
 */
export function invalidateUsers(queryClient: QueryClient, ...queryKeys: QueryKey[]): void {
  for (const queryKey of queryKeys) void queryClient.invalidateQueries({ queryKey });
}
