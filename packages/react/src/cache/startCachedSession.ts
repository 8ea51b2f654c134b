import type { User } from '@profilekit/core';
import type { QueryClient } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';
import { storeUserEverywhere } from './userCache';

/**
 * Puts a newly logged-in user in the cache and nothing of the previous session beside it: reads still in flight
 * are cancelled (they must not overwrite the new user), every other user query is reset. `useLogin` runs it, and
 * so does a tab told that another tab logged in as someone else.
 */
export async function startCachedSession(queryClient: QueryClient, user: User): Promise<void> {
  await queryClient.cancelQueries({ queryKey: userKeys.all });
  queryClient.setQueryData(userKeys.current(), user);
  const current = userKeys.current().join('/');
  await queryClient.resetQueries({
    queryKey: userKeys.all,
    predicate: (query) => query.queryKey.join('/') !== current,
  });
  storeUserEverywhere(queryClient, user);
}
