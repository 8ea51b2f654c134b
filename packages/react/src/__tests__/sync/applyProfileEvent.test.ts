import type { User, UserPage } from '@profilekit/core';
import { type InfiniteData, QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userKeys } from '../../queryKeys';
import { applyProfileEvent } from '../../sync/applyProfileEvent';
import type { Presence } from '../../sync/Presence';

const ada: User = { uid: 'ada', name: 'Ada', status: 'offline', lastActiveAt: 100, blockedByMe: false };
const bob: User = { uid: 'bob', name: 'Bob', status: 'online', hasBlockedMe: false, blockedByMe: false };
const page = (users: User[]): UserPage => ({ users, total: users.length, page: 1, totalPages: 1 }) as UserPage;

let queryClient: QueryClient;
let fetches: string[];

/** Every cached copy of the tests' users, filled as the hooks fill them, with an observer so refetches show. */
function seedCache() {
  fetches = [];
  const watch = (queryKey: readonly unknown[], data: unknown) => {
    queryClient.setQueryData(queryKey, data);
    const observer = new QueryObserver(queryClient, {
      queryKey,
      queryFn: async () => {
        fetches.push(JSON.stringify(queryKey));
        return queryClient.getQueryData(queryKey) ?? null;
      },
      staleTime: Number.POSITIVE_INFINITY,
    });
    observer.subscribe(() => {});
  };
  watch(userKeys.current(), bob);
  watch(userKeys.detail('ada'), ada);
  watch(userKeys.list({}), page([ada, bob]));
  watch(userKeys.infiniteList({ limit: 2 }), { pages: [page([bob]), page([ada])], pageParams: [1, 2] });
}

const detail = () => queryClient.getQueryData<User>(userKeys.detail('ada'));
const listed = () => queryClient.getQueryData<UserPage>(userKeys.list({}))?.users.find((user) => user.uid === 'ada');
const infinite = () =>
  queryClient
    .getQueryData<InfiniteData<UserPage>>(userKeys.infiniteList({ limit: 2 }))
    ?.pages.flatMap((p) => p.users)
    .find((user) => user.uid === 'ada');

beforeEach(() => {
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  seedCache();
});
afterEach(() => queryClient.clear());

describe('applyProfileEvent over a real QueryClient', () => {
  it('user.updated puts the user in every cached copy without a refetch', async () => {
    applyProfileEvent(queryClient, { type: 'user.updated', user: { ...ada, name: 'Ada Lovelace' } });
    expect(detail()?.name).toBe('Ada Lovelace');
    expect(listed()?.name).toBe('Ada Lovelace');
    expect(infinite()?.name).toBe('Ada Lovelace');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(fetches).toEqual([]);
  });

  it('user.updated of the current user updates useCurrentUser and keeps relative facts', () => {
    const { hasBlockedMe: _, blockedByMe: __, ...fromBackend } = { ...bob, name: 'Robert' };
    applyProfileEvent(queryClient, { type: 'user.updated', user: fromBackend });
    expect(queryClient.getQueryData<User>(userKeys.current())).toMatchObject({ name: 'Robert', hasBlockedMe: false });
  });

  it('user.deactivated drops the user from lists that hide deactivated users and marks the detail', () => {
    applyProfileEvent(queryClient, { type: 'user.deactivated', uid: 'ADA' });
    expect(listed()).toBeUndefined();
    expect(queryClient.getQueryData<UserPage>(userKeys.list({}))?.total).toBe(1);
    expect(infinite()).toBeUndefined();
    expect(detail()?.deactivatedAt).toEqual(expect.any(Number));
  });

  it('user.reactivated clears the mark and refetches lists the user may join', async () => {
    applyProfileEvent(queryClient, { type: 'user.deactivated', uid: 'ada' });
    applyProfileEvent(queryClient, { type: 'user.reactivated', user: ada });
    expect(detail()?.deactivatedAt).toBeUndefined();
    await expect.poll(() => fetches).toContain(JSON.stringify(userKeys.list({})));
  });

  it('user.deleted removes the user everywhere', () => {
    applyProfileEvent(queryClient, { type: 'user.deleted', uid: 'ada' });
    expect(detail()).toBeUndefined();
    expect(listed()).toBeUndefined();
  });

  it('user.created stores the user and refetches the lists', async () => {
    const cy: User = { uid: 'cy', name: 'Cy', status: 'offline' };
    applyProfileEvent(queryClient, { type: 'user.created', user: cy });
    expect(queryClient.getQueryData<User>(userKeys.detail('cy'))?.name).toBe('Cy');
    await expect.poll(() => fetches).toContain(JSON.stringify(userKeys.list({})));
  });

  it('presence changes status and lastActiveAt in every copy and feeds usePresence', () => {
    applyProfileEvent(queryClient, { type: 'presence', uid: 'ada', status: 'online', lastActiveAt: 200 });
    expect(detail()).toMatchObject({ status: 'online', lastActiveAt: 200 });
    expect(listed()).toMatchObject({ status: 'online', lastActiveAt: 200 });
    expect(infinite()).toMatchObject({ status: 'online' });
    expect(queryClient.getQueryData<Presence>(userKeys.presence('ada'))).toEqual({
      status: 'online',
      lastActiveAt: 200,
    });
    applyProfileEvent(queryClient, { type: 'presence', uid: 'ada', status: 'offline' });
    expect(queryClient.getQueryData<Presence>(userKeys.presence('ada'))).toEqual({
      status: 'offline',
      lastActiveAt: 200,
    });
  });

  it('user.blocked by the current user sets blockedByMe; blocking the current user sets hasBlockedMe', () => {
    applyProfileEvent(queryClient, { type: 'user.blocked', blocker: 'bob', blocked: 'ada' });
    expect(detail()?.blockedByMe).toBe(true);
    applyProfileEvent(queryClient, { type: 'user.blocked', blocker: 'ada', blocked: 'bob' });
    expect(detail()?.hasBlockedMe).toBe(true);
    applyProfileEvent(queryClient, { type: 'user.unblocked', blocker: 'bob', blocked: 'ada' });
    expect(detail()?.blockedByMe).toBe(false);
  });
});
