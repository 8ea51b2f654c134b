import { sameUid, type User, type UserPage } from '@profilekit/core';
import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { cachedUser } from '../cache/userCache';
import { userKeys } from '../queryKeys';

/** A user from any cached copy: their detail query, the current user, or a list page (paged or infinite). */
export function findCachedUser(queryClient: QueryClient, uid: string): User | undefined {
  const found = cachedUser(queryClient, uid);
  if (found) return found;
  const inPage = (page: UserPage | undefined) => page?.users.find((user) => sameUid(user.uid, uid));
  for (const [, page] of queryClient.getQueriesData<UserPage>({ queryKey: userKeys.lists() })) {
    const user = inPage(page);
    if (user) return user;
  }
  for (const [, data] of queryClient.getQueriesData<InfiniteData<UserPage>>({ queryKey: userKeys.infiniteLists() })) {
    for (const page of data?.pages ?? []) {
      const user = inPage(page);
      if (user) return user;
    }
  }
  return undefined;
}
