import type { ListUsersQuery, ProfileKitError, User, UserClient, UserPage } from '@profilekit/core';
import { type InfiniteData, infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { userKeys } from './queryKeys';

// The clients retry safe reads themselves (429/5xx, Retry-After): TanStack Query must not retry again.
const oneRetryLayer = { retry: false } as const;

/**
 * Query options for the logged-in user (`null` when nobody is logged in) — for `useQuery`,
 * `prefetchQuery` or `ensureQueryData`.
 *
 * @example
 * ```ts
 * await queryClient.prefetchQuery(currentUserQueryOptions(client));
 * ```
 */
export function currentUserQueryOptions(client: UserClient) {
  return queryOptions<User | null, ProfileKitError>({
    queryKey: userKeys.current(),
    queryFn: ({ signal }) => client.getLoggedInUser({ signal }),
    ...oneRetryLayer,
  });
}

/**
 * Query options for one user by uid.
 *
 * @example
 * ```ts
 * const user = await queryClient.ensureQueryData(userQueryOptions(client, 'superhero1'));
 * ```
 */
export function userQueryOptions(client: UserClient, uid: string) {
  return queryOptions<User, ProfileKitError>({
    queryKey: userKeys.detail(uid),
    queryFn: ({ signal }) => client.getUser(uid, { signal }),
    enabled: uid !== '',
    ...oneRetryLayer,
  });
}

/**
 * Query options for one page of users; the previous page stays on screen while the next loads.
 *
 * @example
 * ```ts
 * useQuery(usersQueryOptions(client, { searchKeyword: 'kev', page: 2, limit: 20 }));
 * ```
 */
export function usersQueryOptions(client: UserClient, query: ListUsersQuery = {}) {
  return queryOptions<UserPage, ProfileKitError>({
    queryKey: userKeys.list(query),
    queryFn: ({ signal }) => client.listUsers(query, { signal }),
    placeholderData: keepPreviousData,
    ...oneRetryLayer,
  });
}

/**
 * Infinite-query options: pages of users, fetched one after another ("load more").
 *
 * @example
 * ```ts
 * useInfiniteQuery(infiniteUsersQueryOptions(client, { limit: 30 }));
 * ```
 */
export function infiniteUsersQueryOptions(client: UserClient, query: Omit<ListUsersQuery, 'page'> = {}) {
  return infiniteQueryOptions<
    UserPage,
    ProfileKitError,
    InfiniteData<UserPage>,
    ReturnType<typeof userKeys.infiniteList>,
    number
  >({
    queryKey: userKeys.infiniteList(query),
    queryFn: ({ signal, pageParam }) => client.listUsers({ ...query, page: pageParam }, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last) => (last.page < last.totalPages ? last.page + 1 : undefined),
    ...oneRetryLayer,
  });
}
