import type { FieldErrors } from '@profilekit/core';
import { stringList } from './body';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from './constants';
import { badRequest } from './errors';
import type { StoredUser, UserStore } from './store/types';
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

const truthy = (value: string | null) => value !== null && ['1', 'true', 'yes'].includes(value.toLowerCase());

/** Parses `GET /users` parameters; bad values answer 400 naming the parameter. */
export function parseUserListQuery(params: URLSearchParams): UserListQuery {
  const details: FieldErrors = {};
  const list = (name: string) => {
    const value = params.get(name);
    const items = value === null ? undefined : stringList(value);
    return items && items.length > 0 ? items.map((item) => item.toLowerCase()) : undefined;
  };
  const oneOf = <T extends string>(
    name: string,
    values: readonly T[],
    fallback: T,
    aliases: Record<string, T> = {},
  ) => {
    const raw = params.get(name)?.toLowerCase();
    if (raw === undefined || raw === '') return fallback;
    // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
    const alias = Object.hasOwn(aliases, raw) ? aliases[raw] : undefined;
    const value = alias ?? (values as readonly string[]).find((item) => item.toLowerCase() === raw);
    if (value === undefined) details[name] = [`${name} must be one of ${values.join(', ')}`];
    return (value ?? fallback) as T;
  };
  const number = (names: string[], fallback: number, max: number) => {
    const name = names.find((candidate) => params.has(candidate));
    if (!name) return fallback;
    const value = Number(params.get(name));
    if (!Number.isInteger(value) || value < 1 || value > max) {
      details[name] = [`${name} must be a whole number from 1 to ${max}`];
      return fallback;
    }
    return value;
  };
  const searchIn = list('searchIn') ?? ['uid', 'name'];
  if (searchIn.some((where) => where !== 'uid' && where !== 'name')) details.searchIn = ['searchIn may list uid, name'];
  const status = oneOf('status', ['online', 'offline', 'any'] as const, 'any', { available: 'online' });
  const role = params.get('role')?.toLowerCase();
  const roles = [...(role ? [role] : []), ...(list('roles') ?? [])];
  const query: UserListQuery = {
    searchKey: params.get('searchKey')?.trim().toLowerCase() || undefined,
    searchIn: searchIn as UserListQuery['searchIn'],
    status: status === 'any' ? undefined : status,
    roles: roles.length > 0 ? roles : undefined,
    tags: list('tags'),
    uids: list('uids'),
    withTags: truthy(params.get('withTags')),
    withDeactivated: truthy(params.get('withDeactivated')),
    onlyDeactivated: truthy(params.get('onlyDeactivated')),
    hideBlockedUsers: truthy(params.get('hideBlockedUsers')),
    sortBy: oneOf('sortBy', ['name', 'status'] as const, 'name'),
    sortOrder: oneOf('sortOrder', ['asc', 'desc'] as const, 'asc'),
    page: number(['page'], 1, Number.MAX_SAFE_INTEGER),
    perPage: number(['perPage', 'per_page', 'limit'], DEFAULT_PER_PAGE, MAX_PER_PAGE),
  };
  if (Object.keys(details).length > 0) throw badRequest(details);
  return query;
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
