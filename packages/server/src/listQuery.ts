import type { ListUsersQuery } from '@profilekit/core';
import { invalidInput } from './httpError';

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .slice(0, 100);

const flag = (value: string | undefined) => (value === undefined ? undefined : ['1', 'true'].includes(value));

function whole(name: string, value: string | undefined, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min || number > max) {
    throw invalidInput({ [name]: [`${name} must be a whole number from ${min} to ${max}`] });
  }
  return number;
}

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!allowed.includes(value as T)) throw invalidInput({ [name]: [`${name} must be one of ${allowed.join(', ')}`] });
  return value as T;
}

/**
 * A {@link ListUsersQuery} from CometChat's `GET /users` query string (`searchKey`, `perPage` or `per_page`,
 * `page`, comma lists for `roles`, `tags`, `uids`, `searchIn`, flags `withDeactivated`, `onlyDeactivated`).
 *
 * @example
 * ```ts
 * listQueryFromParams(new URLSearchParams('searchKey=kev&perPage=20&withDeactivated=1'));
 * // { searchKeyword: 'kev', limit: 20, withDeactivated: true }
 * ```
 */
export function listQueryFromParams(params: URLSearchParams): ListUsersQuery {
  const get = (name: string) => params.get(name) ?? undefined;
  const status = get('status') === 'available' ? 'online' : get('status');
  const query: ListUsersQuery = {
    searchKeyword: get('searchKey')?.slice(0, 100),
    searchIn: list(get('searchIn'))?.filter((where): where is 'uid' | 'name' => where === 'uid' || where === 'name'),
    status: oneOf('status', status, ['online', 'offline'] as const),
    roles: list(get('roles') ?? get('role')),
    tags: list(get('tags')),
    uids: list(get('uids')),
    limit: whole('perPage', get('perPage') ?? get('per_page'), 1, 1000),
    page: whole('page', get('page'), 1, 1_000_000),
    withDeactivated: flag(get('withDeactivated')),
    onlyDeactivated: flag(get('onlyDeactivated')),
    sortBy: oneOf('sortBy', get('sortBy'), ['name', 'status'] as const),
    sortOrder: oneOf('sortOrder', get('sortOrder'), ['asc', 'desc'] as const),
  };
  for (const key of Object.keys(query) as (keyof ListUsersQuery)[]) if (query[key] === undefined) delete query[key];
  return query;
}
