import type { ListUsersQuery, UserPage } from '../client';
import type { User } from '../types';
import type { WireResponse } from './request';
import { toUser } from './wireUser';

/** Which endpoint a listing goes to: the logged-in user's (`authToken`) or the admin one (a key). */
export type ListAudience = 'user' | 'admin';

/**
 * The query string of `GET /users` for a {@link ListUsersQuery}, named as CometChat names its
 * parameters: `searchKey`, `per_page` as the SDK sends it (`perPage` on the admin API), `status=available`
 * for online users (both APIs document `available | offline`), `1` for flags, comma-separated lists (`roles`, `tags`, `uids`,
 * `searchIn`); the other filters keep their names. The deactivated filters go to the admin API only.
 *
 * @example
 * ```ts
 * listUsersParams({ searchKeyword: 'kev', roles: ['admin'], limit: 10 }, 'user').toString();
 * // 'roles=admin&searchKey=kev&per_page=10&page=1&withTags=1'
 * ```
 */
export function listUsersParams(query: ListUsersQuery, audience: ListAudience): URLSearchParams {
  const wire: Record<string, unknown> = {
    ...query,
    searchKeyword: undefined,
    searchKey: query.searchKeyword,
    status: query.status === 'online' ? 'available' : query.status,
    limit: undefined,
    [audience === 'user' ? 'per_page' : 'perPage']: query.limit ?? 100,
    page: query.page ?? 1,
    withTags: true,
  };
  if (audience === 'user') wire.withDeactivated = wire.onlyDeactivated = undefined;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(wire)) {
    if (value !== undefined && value !== false) params.set(name, value === true ? '1' : String(value));
  }
  return params;
}

/** CometChat's pagination numbers, as `meta.pagination` carries them. */
export type Pagination = NonNullable<NonNullable<WireResponse['meta']>['pagination']>;

/**
 * A {@link UserPage} from the users of a listing, its pagination numbers and the query that asked for it.
 *
 * @example
 * ```ts
 * toUserPage([user], { total: 1, per_page: 100, current_page: 1, total_pages: 1 }, {});
 * ```
 */
export function toUserPage(users: User[], pagination: Pagination | undefined, query: ListUsersQuery): UserPage {
  const perPage = pagination?.per_page || query.limit || 100;
  const total = pagination?.total ?? users.length;
  return {
    users,
    total,
    page: pagination?.current_page || query.page || 1,
    perPage,
    totalPages: pagination?.total_pages ?? Math.ceil(total / perPage),
  };
}

/**
 * The {@link UserPage} of a `GET /users` answer (`data` and `meta.pagination`) for the query that asked for it.
 *
 * @example
 * ```ts
 * usersPage(await send({ method: 'GET', url, headers, secrets: [] }), { limit: 10 });
 * ```
 */
export function usersPage({ data, meta }: WireResponse, query: ListUsersQuery): UserPage {
  return toUserPage((Array.isArray(data) ? data : []).map(toUser), meta?.pagination, query);
}
