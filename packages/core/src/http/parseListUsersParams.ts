import type { FieldErrors } from '../types';

/** The most users one `GET /users` page may hold (CometChat's `perPage` limit). */
export const MAX_USERS_PER_PAGE = 1000;

/** CometChat's `GET /users` query string, read: what was asked, no defaults filled in. */
export interface ListUsersParams {
  /** Trimmed, at most 100 characters. */
  searchKey?: string;
  searchIn?: ('uid' | 'name')[];
  status?: 'online' | 'offline';
  /** `role` and `roles` together. */
  roles?: string[];
  tags?: string[];
  uids?: string[];
  perPage?: number;
  page?: number;
  withTags: boolean;
  withDeactivated: boolean;
  onlyDeactivated: boolean;
  hideBlockedUsers: boolean;
  sortBy?: 'name' | 'status';
  sortOrder?: 'asc' | 'desc';
}

const FLAGS = ['withTags', 'withDeactivated', 'onlyDeactivated', 'hideBlockedUsers'] as const;

/**
 * Reads CometChat's `GET /users` query string, the one {@link listUsersParams} writes: comma lists
 * (`searchIn`, `role`/`roles`, `tags`, `uids`), `perPage` (or `per_page`, `limit`) 1–1000, `page` ≥ 1,
 * `status` `available`/`online`/`offline`/`any`, `sortBy`, `sortOrder` (names case-insensitive), and boolean
 * flags as an OpenAPI boolean is sent: `1`/`true` on, `0`/`false`/empty off. Any other value is an
 * error naming the parameter and the rule, so the server and the emulator answer a bad query alike.
 *
 * @example
 * ```ts
 * parseListUsersParams(new URLSearchParams('searchKey=kev&per_page=20&withDeactivated=1')).query;
 * // { searchKey: 'kev', perPage: 20, withDeactivated: true, withTags: false, … }
 * ```
 */
export function parseListUsersParams(params: URLSearchParams): { query: ListUsersParams; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const list = (name: string) => {
    const items = params
      .get(name)
      ?.split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
    return items && items.length > 0 ? items : undefined;
  };
  const oneOf = <T extends string>(name: string, values: readonly T[], aliases: Record<string, T | 'any'> = {}) => {
    const raw = params.get(name)?.trim().toLowerCase();
    if (raw === undefined || raw === '') return undefined;
    // Own keys only: `constructor` or `__proto__` must not find Object.prototype's members.
    const value = Object.hasOwn(aliases, raw) ? aliases[raw] : values.find((item) => item.toLowerCase() === raw);
    if (value === undefined)
      errors[name] = [`${name} must be one of ${[...values, ...Object.keys(aliases)].join(', ')}`];
    return value === 'any' ? undefined : value;
  };
  const whole = (names: string[], max: number) => {
    const name = names.find((candidate) => params.has(candidate));
    if (name === undefined) return undefined;
    const value = Number(params.get(name));
    if (Number.isInteger(value) && value >= 1 && value <= max) return value;
    errors[name] = [`${name} must be a whole number from 1 to ${max}`];
    return undefined;
  };
  const flag = (name: string) => {
    const raw = params.get(name)?.trim().toLowerCase();
    if (raw === undefined || raw === '' || raw === '0' || raw === 'false') return false;
    if (raw === '1' || raw === 'true') return true;
    errors[name] = [`${name} must be 1, 0, true or false`];
    return false;
  };
  const searchIn = list('searchIn')?.map((where) => where.toLowerCase());
  if (searchIn?.some((where) => where !== 'uid' && where !== 'name')) errors.searchIn = ['searchIn may list uid, name'];
  const roles = [...(list('role') ?? []), ...(list('roles') ?? [])];
  const query: ListUsersParams = {
    searchKey: params.get('searchKey')?.trim().slice(0, 100) || undefined,
    searchIn: searchIn as ListUsersParams['searchIn'],
    status: oneOf('status', ['online', 'offline'] as const, { available: 'online', any: 'any' }),
    roles: roles.length > 0 ? roles : undefined,
    tags: list('tags'),
    uids: list('uids'),
    perPage: whole(['perPage', 'per_page', 'limit'], MAX_USERS_PER_PAGE),
    page: whole(['page'], Number.MAX_SAFE_INTEGER),
    ...(Object.fromEntries(FLAGS.map((name) => [name, flag(name)])) as Record<(typeof FLAGS)[number], boolean>),
    sortBy: oneOf('sortBy', ['name', 'status'] as const),
    sortOrder: oneOf('sortOrder', ['asc', 'desc'] as const),
  };
  for (const key of Object.keys(query) as (keyof ListUsersParams)[]) if (query[key] === undefined) delete query[key];
  return { query, errors };
}
