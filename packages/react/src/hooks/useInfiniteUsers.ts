'use client';

import {
  type InfiniteData,
  type QueryClient,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from '@tanstack/react-query';
import type { ListUsersQuery, UserKitError, UserPage } from '@userkit/core';
import { infiniteUsersQueryOptions } from '../queryOptions';
import { useUserKit } from './useUserKit';

/**
 * Users page after page, for "load more" and infinite scroll.
 *
 * @example
 * ```tsx
 * const { data, fetchNextPage, hasNextPage } = useInfiniteUsers({ limit: 30 });
 * const users = data?.pages.flatMap((page) => page.users) ?? [];
 * ```
 */
export function useInfiniteUsers(
  query: Omit<ListUsersQuery, 'page'> = {},
  queryClient?: QueryClient,
): UseInfiniteQueryResult<InfiniteData<UserPage>, UserKitError> {
  const { client } = useUserKit(queryClient);
  return useInfiniteQuery(infiniteUsersQueryOptions(client, query), queryClient);
}
