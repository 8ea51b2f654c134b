import type { ListUsersQuery } from '@profilekit/core';
import { parseListUsersParams } from '@profilekit/core/internal';
import { invalidInput } from '../http/httpError';

/**
 * A {@link ListUsersQuery} from CometChat's `GET /users` query string, read by core's one parser (the
 * emulator's too): `searchKey`, `perPage`/`per_page`, `page`, comma lists for `roles`, `tags`, `uids`,
 * `searchIn`, flags `withDeactivated`, `onlyDeactivated` (`1`/`true`, `0`/`false`). A bad value answers
 * 400 naming the parameter.
 *
 * @example
 * ```ts
 * listQueryFromParams(new URLSearchParams('searchKey=kev&perPage=20&withDeactivated=1'));
 * // { searchKeyword: 'kev', limit: 20, withDeactivated: true }
 * ```
 */
export function listQueryFromParams(params: URLSearchParams): ListUsersQuery {
  const { query, errors } = parseListUsersParams(params);
  if (Object.keys(errors).length > 0) throw invalidInput(errors);
  const { searchKey, perPage, withTags, hideBlockedUsers, withDeactivated, onlyDeactivated, ...rest } = query;
  const list: ListUsersQuery = {
    ...rest,
    searchKeyword: searchKey,
    limit: perPage,
    withDeactivated: withDeactivated || undefined,
    onlyDeactivated: onlyDeactivated || undefined,
  };
  for (const key of Object.keys(list) as (keyof ListUsersQuery)[]) if (list[key] === undefined) delete list[key];
  return list;
}
