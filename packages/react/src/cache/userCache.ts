import type { User, UserPage } from '@profilekit/core';
import type { InfiniteData, QueryClient, QueryKey } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';

type Snapshot = Array<[QueryKey, unknown]>;

/** Undoes an optimistic change: puts every touched query back as it was. */
export interface CacheRollback {
  rollback(): void;
}

const sameUid = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

function patchPage(page: UserPage, uid: string, patch: (user: User) => User): UserPage {
  if (!page.users.some((user) => sameUid(user.uid, uid))) return page;
  return { ...page, users: page.users.map((user) => (sameUid(user.uid, uid) ? patch(user) : user)) };
}

/**
 * Applies `patch` to every cached copy of one user — the current user, its detail query, and each
 * list page (paged or infinite) that holds it — and returns how to undo it.
 */
export function patchUserEverywhere(queryClient: QueryClient, uid: string, patch: (user: User) => User): CacheRollback {
  const snapshot: Snapshot = [];
  const update = <T>(key: QueryKey, next: (data: T) => T) => {
    const before = queryClient.getQueryData<T>(key);
    if (before === undefined || before === null) return;
    const after = next(before);
    if (after === before) return;
    snapshot.push([key, before]);
    queryClient.setQueryData(key, after);
  };
  update<User>(userKeys.current(), (user) => (sameUid(user.uid, uid) ? patch(user) : user));
  update<User>(userKeys.detail(uid), patch);
  for (const [key] of queryClient.getQueriesData<UserPage>({ queryKey: userKeys.lists() })) {
    update<UserPage>(key, (page) => patchPage(page, uid, patch));
  }
  for (const [key] of queryClient.getQueriesData<InfiniteData<UserPage>>({ queryKey: userKeys.infiniteLists() })) {
    update<InfiniteData<UserPage>>(key, (data) => {
      const pages = data.pages.map((page) => patchPage(page, uid, patch));
      return pages.every((page, index) => page === data.pages[index]) ? data : { ...data, pages };
    });
  }
  return {
    rollback: () => {
      for (const [key, before] of snapshot) queryClient.setQueryData(key, before);
    },
  };
}

/**
 * Writes a user as the server returned it into every cached copy (keeping relative facts such as
 * `blockedByMe` that the answer may lack).
 */
export function storeUserEverywhere(queryClient: QueryClient, user: User): void {
  patchUserEverywhere(queryClient, user.uid, (cached) => ({ ...cached, ...withoutToken(user) }));
  queryClient.setQueryData<User>(userKeys.detail(user.uid), (cached) => ({ ...cached, ...withoutToken(user) }));
}

/** The cached copy of a user, from its detail query or else the current user. */
export function cachedUser(queryClient: QueryClient, uid: string): User | undefined {
  const detail = queryClient.getQueryData<User>(userKeys.detail(uid));
  if (detail) return detail;
  const current = queryClient.getQueryData<User | null>(userKeys.current());
  return current && sameUid(current.uid, uid) ? current : undefined;
}

function withoutToken({ authToken: _authToken, ...user }: User): User {
  return user;
}
