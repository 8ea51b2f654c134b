import { parseListUsersParams } from '@profilekit/core/internal';
import { DEFAULT_PER_PAGE } from '../constants';
import { badRequest } from '../http/errors';
import type { StoredUser, UserStore } from '../store/types';
import type { Viewer } from './viewer';

/** `GET /users` query parameters, as the SDK and the REST API send them. */
export interface UserListQuery {
  /** Lowercase; matches users whose whole uid or whole name starts with it (CometChat's `LIKE 'key%'`). */
  searchKey?: string;
  searchIn: ('uid' | 'name')[];
  status?: 'online' | 'offline';
  roles?: string[];
  tags?: string[];
  uids?: string[];
  withTags: boolean;
  withDeactivated: boolean;
  onlyDeactivated: boolean;
  hideBlockedUsers: boolean;
  sortBy: 'name' | 'status';
  sortOrder: 'asc' | 'desc';
  page: number;
  perPage: number;
}

const lowercase = (items: string[] | undefined) => items?.map((item) => item.toLowerCase());

/**
 * The most uids one `uids` filter may name. CometChat's List Users reference: "uids … Maximum 25 UIDs"
 * (https://www.cometchat.com/docs/rest-api/users/list).
 */
export const MAX_LISTED_UIDS = 25;

/**
 * Parameters CometChat documents (or its SDK sends) that the emulator does not implement: refused when set, so
 * a filter is never silently ignored. `friendsOnly` (the SDK's `friendsOnly(true)`, backed by CometChat's Friends
 * API: https://www.cometchat.com/docs/rest-api/friends) would answer everyone instead of the viewer's friends.
 */
const UNSUPPORTED: Record<string, string> = {
  friendsOnly: 'friendsOnly is not supported by the emulator (it keeps no friends); leave it out or send 0',
  count: 'count is not supported by the emulator; read meta.pagination.total instead',
};

/** Parses `GET /users` parameters with core's one parser (the server's too); bad values answer 400 naming the parameter. */
export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  const { query, errors } = parseListUsersParams(params);
  for (const [name, message] of Object.entries(UNSUPPORTED)) {
    const value = params.get(name)?.trim().toLowerCase();
    if (value !== undefined && value !== '' && value !== '0' && value !== 'false') errors[name] = [message];
  }
  if (query.uids && query.uids.length > MAX_LISTED_UIDS)
    errors.uids = [`uids may name at most ${MAX_LISTED_UIDS} users`];
  if (Object.keys(errors).length > 0) throw badRequest(errors);
  return {
    ...query,
    searchKey: query.searchKey?.toLowerCase(),
    searchIn: query.searchIn ?? ['uid', 'name'],
    roles: lowercase(query.roles),
    tags: lowercase(query.tags),
    uids: lowercase(query.uids),
    // CometChat lists "sorted by status, name and UID" unless asked otherwise — online users first:
    // https://www.cometchat.com/docs/sdk/javascript/retrieve-users ("Retrieve List of Users").
    sortBy: query.sortBy ?? 'status',
    sortOrder: query.sortOrder ?? 'asc',
    page: query.page ?? 1,
    perPage: query.perPage ?? DEFAULT_PER_PAGE,
  };
}

/** CometChat's pagination block. */
export interface Pagination {
  total: number;
  count: number;
  per_page: number;
  current_page: number;
  total_pages: number;
}

/**
 * Filters, searches, sorts and pages users in the store (SQL on the SQLite store). Deactivated users appear
 * only with `withDeactivated` or `onlyDeactivated` (REST API key); a logged-in viewer never sees themselves.
 */
export function listUsers(
  store: UserStore,
  query: UserListQuery,
  viewer?: Viewer,
): { users: StoredUser[]; pagination: Pagination } {
  const hidden = viewer && query.hideBlockedUsers ? [...viewer.blockedByMe] : [];
  const { users, total } = store.listUsers({
    searchKey: query.searchKey,
    searchIn: query.searchIn,
    status: query.status,
    roles: query.roles,
    tags: query.tags,
    uids: query.uids,
    excludeUids: viewer ? [viewer.uid, ...hidden] : undefined,
    deactivated: query.onlyDeactivated ? 'only' : query.withDeactivated ? 'include' : 'exclude',
    sortBy: query.sortBy,
    sortOrder: query.sortOrder,
    offset: Math.min((query.page - 1) * query.perPage, Number.MAX_SAFE_INTEGER),
    limit: query.perPage,
  });
  return {
    users,
    pagination: {
      total,
      count: users.length,
      per_page: query.perPage,
      current_page: query.page,
      total_pages: Math.ceil(total / query.perPage),
    },
  };
}
