'use client';

import type { ListUsersQuery, ProfileKitError, UserPage } from '@profilekit/core';
import { type InfiniteData, type UseInfiniteQueryResult, useInfiniteQuery } from '@tanstack/react-query';
import { infiniteUsersQueryOptions } from '../queryOptions';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

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
  options: ProfileKitHookOptions = {},
): UseInfiniteQueryResult<InfiniteData<UserPage>, ProfileKitError> {
  const { client } = useProfileKit(options);
  return useInfiniteQuery(infiniteUsersQueryOptions(client, query), options.queryClient);
}
