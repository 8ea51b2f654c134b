'use client';

import type { ListUsersQuery, ProfileKitError, UserPage } from '@profilekit/core';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { usersQueryOptions } from '../queryOptions';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/**
 * One page of users with search and filters; the previous page stays shown while the next loads.
 *
 * @example
 * ```tsx
 * const [page, setPage] = useState(1);
 * const { data } = useUsers({ searchKeyword: search, page, limit: 20 });
 * data?.users.map((user) => <UserRow key={user.uid} user={user} />);
 * ```
 */
export function useUsers(
  query: ListUsersQuery = {},
  options: ProfileKitHookOptions = {},
): UseQueryResult<UserPage, ProfileKitError> {
  const { client } = useProfileKit(options);
  return useQuery(usersQueryOptions(client, query), options.queryClient);
}
