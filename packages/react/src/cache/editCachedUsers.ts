import { type ListUsersQuery, sameUid, type User, type UserPage } from '@profilekit/core';
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';
import type { CacheRollback } from './userCache';

/**
 * What a cached copy of a user becomes: a new user, the same one, or `null` to drop it from the list
 * it is in. `list` is the query of that list, `undefined` for the detail and current-user queries.
 */
export type CachedUserEdit = (user: User, list: ListUsersQuery | undefined) => User | null;

function editPage(page: UserPage, uids: string[], edit: CachedUserEdit, list: ListUsersQuery): UserPage {
  let changed = false;
  const users: User[] = [];
  for (const user of page.users) {
    const next = uids.some((uid) => sameUid(uid, user.uid)) ? edit(user, list) : user;
    if (next !== user) changed = true;
    if (next) users.push(next);
  }
  if (!changed) return page;
  return { ...page, users, total: Math.max(0, page.total - (page.users.length - users.length)) };
}

const listQueryOf = (key: QueryKey) => (key[3] ?? {}) as ListUsersQuery;

/**
 * Applies `edit` to every cached copy of the given users — the current user, their detail queries,
 * each list page (paged or infinite) — and returns how to undo it. A list drops a user for whom
 * `edit` returns `null` (and counts one fewer in `total`); detail and current copies are kept as they are then.
 *
 * @example
 * ```ts
 * const undo = editCachedUsers(queryClient, ['spammer1'], (user) => ({ ...user, deactivatedAt: now }));
 * ```
 */
export function editCachedUsers(queryClient: QueryClient, uids: string[], edit: CachedUserEdit): CacheRollback {
  const snapshot: Array<[QueryKey, unknown]> = [];
  const update = <T>(key: QueryKey, next: (data: T) => T) => {
    const before = queryClient.getQueryData<T>(key);
    if (before === undefined || before === null) return;
    const after = next(before);
    if (after === before) return;
    snapshot.push([key, before]);
    queryClient.setQueryData(key, after);
  };
  const single = (user: User) => (uids.some((uid) => sameUid(uid, user.uid)) ? (edit(user, undefined) ?? user) : user);
  update<User>(userKeys.current(), single);
  for (const uid of uids) update<User>(userKeys.detail(uid), single);
  for (const [key] of queryClient.getQueriesData<UserPage>({ queryKey: userKeys.lists() })) {
    update<UserPage>(key, (page) => editPage(page, uids, edit, listQueryOf(key)));
  }
  for (const [key] of queryClient.getQueriesData<InfiniteData<UserPage>>({ queryKey: userKeys.infiniteLists() })) {
    update<InfiniteData<UserPage>>(key, (data) => {
      const pages = data.pages.map((page) => editPage(page, uids, edit, listQueryOf(key)));
      return pages.every((page, index) => page === data.pages[index]) ? data : { ...data, pages };
    });
  }
  return {
    rollback: () => {
      for (const [key, before] of snapshot) queryClient.setQueryData(key, before);
    },
  };
}
