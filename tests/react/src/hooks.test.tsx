import { createHttpClient, type User } from '@profilekit/core';
import {
  useBlockUsers,
  useCreateUser,
  useCurrentUser,
  useInfiniteUsers,
  useLogin,
  useLogout,
  useUnblockUsers,
  useUpdateCurrentUser,
  useUpdateUser,
  useUser,
  useUsers,
} from '@profilekit/react';
import { userKeys } from '@profilekit/react/queries';
import { act, cleanup, render, renderHook, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BASE_URL, createHarness } from './harness';

afterEach(cleanup);

async function seed(harness: ReturnType<typeof createHarness>, ...users: Array<{ uid: string; name: string }>) {
  for (const user of users) await harness.client.createUser(user, harness.emulator.authKey);
}

/** Reading users is done as a logged-in user (CometChat's client API), as in an app. */
async function seedAndLogin(harness: ReturnType<typeof createHarness>, ...users: Array<{ uid: string; name: string }>) {
  await seed(harness, { uid: 'viewer', name: 'Viewer' }, ...users);
  await harness.client.login('viewer', harness.emulator.authKey);
}

describe('useCreateUser', () => {
  it('creates a user (uid stored lowercased) and caches it', async () => {
    const h = createHarness();
    const { result } = renderHook(() => useCreateUser(), { wrapper: h.wrapper });
    const user = await act(() => result.current.mutateAsync({ uid: 'Usr1', name: 'Kevin', tags: ['beta'] }));
    expect(user).toMatchObject({ uid: 'usr1', name: 'Kevin', tags: ['beta'], status: 'offline' });
    expect(h.queryClient.getQueryData<User>(userKeys.detail('USR1'))?.name).toBe('Kevin');
  });

  it('fails on a taken uid with the error on the uid field', async () => {
    const h = createHarness();
    await seed(h, { uid: 'usr1', name: 'Kevin' });
    const { result } = renderHook(() => useCreateUser(), { wrapper: h.wrapper });
    act(() => result.current.mutate({ uid: 'USR1', name: 'Other' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ status: 400, code: 'ERR_UID_ALREADY_EXISTS' });
    expect(result.current.error?.details.uid?.[0]).toMatch(/usr1/i);
  });

  it('refuses an invalid uid before any request, naming the rule', async () => {
    const h = createHarness();
    const { result } = renderHook(() => useCreateUser(), { wrapper: h.wrapper });
    act(() => result.current.mutate({ uid: 'usr 1', name: 'Kevin' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.details.uid?.[0]).toContain(
      'UID may contain only letters, digits, underscore and hyphen',
    );
    expect(await h.sent('POST', '/users')).toEqual([]);
  });
});

describe('useLogin, useCurrentUser and useLogout', () => {
  it('starts logged out, logs in by uid with the Auth Key the client holds (withDevAuthKey), and primes the current user', async () => {
    const h = createHarness();
    await seed(h, { uid: 'usr1', name: 'Kevin' });
    const { result } = renderHook(() => ({ me: useCurrentUser(), login: useLogin() }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.me.isSuccess).toBe(true));
    expect(result.current.me.data).toBeNull();
    await act(() => result.current.login.mutateAsync({ uid: 'usr1' }));
    expect(result.current.me.data).toMatchObject({ uid: 'usr1', name: 'Kevin', status: 'online' });
  });

  it('refuses a uid login before any request when the client holds no Auth Key, naming authKey', async () => {
    const h = createHarness((_emulator, fetch) => createHttpClient({ baseUrl: BASE_URL }, { fetch }));
    await h.admin('POST', '/users', { uid: 'usr1', name: 'Kevin' });
    const { result } = renderHook(() => useLogin(), { wrapper: h.wrapper });
    act(() => result.current.mutate({ uid: 'usr1' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: 'ERR_AUTH_KEY_MISSING' });
    expect(result.current.error?.details.authKey?.[0]).toMatch(/withDevAuthKey/);
    expect(h.requests).toEqual([]);
  });

  it('fails to log in with an unknown auth token', async () => {
    const h = createHarness();
    const { result } = renderHook(() => useLogin(), { wrapper: h.wrapper });
    act(() => result.current.mutate({ authToken: 'usr1_1700000000deadbeefdeadbeefdeadbeefdeadbeef' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ status: 401, code: 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND' });
    expect(result.current.error?.message).not.toContain('deadbeefdeadbeefdeadbeef');
  });

  it('logout clears every user query and the session', async () => {
    const h = createHarness();
    await seed(h, { uid: 'usr1', name: 'Kevin' }, { uid: 'usr2', name: 'Ann' });
    await h.client.login('usr1', h.emulator.authKey);
    const { result } = renderHook(
      () => ({ me: useCurrentUser(), other: useUser({ uid: 'usr2' }), logout: useLogout() }),
      {
        wrapper: h.wrapper,
      },
    );
    await waitFor(() => expect(result.current.other.data?.name).toBe('Ann'));
    await act(() => result.current.logout.mutateAsync());
    expect(h.queryClient.getQueryData(userKeys.current())).toBeNull();
    expect(h.queryClient.getQueryData(userKeys.detail('usr2'))).toBeUndefined();
    expect(await h.client.getLoggedInUser()).toBeNull();
    expect((await h.client.getUser('usr1').catch((e) => e)).code).toBe('USER_NOT_LOGGED_IN');
  });
});

/** usr1 logged in, with useCurrentUser (loaded) and useUpdateCurrentUser rendered. */
async function renderLoggedInProfile() {
  const h = createHarness();
  await seed(h, { uid: 'usr1', name: 'Kevin' });
  await h.client.login('usr1', h.emulator.authKey);
  const { result } = renderHook(() => ({ me: useCurrentUser(), update: useUpdateCurrentUser() }), {
    wrapper: h.wrapper,
  });
  await waitFor(() => expect(result.current.me.data?.uid).toBe('usr1'));
  return { h, result };
}

describe('useUpdateCurrentUser', () => {
  it('sends only what changed and updates the current user', async () => {
    const { h, result } = await renderLoggedInProfile();
    await act(() => result.current.update.mutateAsync({ name: 'Kevin', statusMessage: 'Hello' }));
    expect(result.current.me.data).toMatchObject({ name: 'Kevin', statusMessage: 'Hello' });
    const bodies = await h.sent('PUT', '/me');
    expect(bodies.at(-1)).toEqual({ statusMessage: 'Hello' });
  });

  it('shows the change at once, then rolls back when CometChat refuses it', async () => {
    const { h, result } = await renderLoggedInProfile();
    h.gate.hold((request) => request.method === 'PUT' && request.url.endsWith('/me'));
    act(() => result.current.update.mutate({ statusMessage: 'Optimistic' }));
    await waitFor(() => expect(result.current.me.data?.statusMessage).toBe('Optimistic'));
    // The session ends on the server while the request is in flight: every token of usr1 is revoked.
    const tokens = (await (await h.admin('GET', '/users/usr1/auth_tokens')).json()).data as Array<{
      authToken: string;
    }>;
    for (const { authToken } of tokens) await h.admin('DELETE', `/users/usr1/auth_tokens/${authToken}`);
    h.gate.release((request) => request.method === 'GET'); // refetches wait: what we see is the rollback
    await waitFor(() => expect(result.current.update.isError).toBe(true));
    expect(result.current.update.error).toMatchObject({ status: 401, code: 'AUTH_ERR_AUTH_TOKEN_NOT_FOUND' });
    expect(result.current.me.data?.statusMessage).toBeUndefined();
    h.gate.release();
  });
});

function Profile({ uid }: { uid: string }) {
  const { data } = useUser({ uid });
  return <h1>{data ? `${data.name} (${data.role})` : 'loading'}</h1>;
}

function List() {
  const { data } = useUsers({ limit: 10 });
  return (
    <ul>
      {data?.users.map((user) => (
        <li key={user.uid}>{`${user.name} (${user.role})`}</li>
      ))}
    </ul>
  );
}

const listedNames = () => screen.getAllByRole('listitem').map((li) => li.textContent);

/** Bob's profile and the user list side by side, loaded, plus a useUpdateUser to change Bob. */
async function renderProfileAndList() {
  const h = createHarness();
  await seedAndLogin(h, { uid: 'bob', name: 'Bob' });
  const updater = renderHook(() => useUpdateUser(), { wrapper: h.wrapper });
  render(
    <>
      <Profile uid="bob" />
      <List />
    </>,
    { wrapper: h.wrapper },
  );
  // Loading waits for two requests; a loaded CI machine can take longer than the 1 s default.
  await screen.findByRole('heading', { name: 'Bob (default)' }, { timeout: 5_000 });
  await waitFor(() => expect(listedNames()).toEqual(['Bob (default)']), { timeout: 5_000 });
  return { h, updater };
}

describe('useUpdateUser', () => {
  it('keeps a profile and a list side by side coherent, optimistically and after the answer', async () => {
    const { h, updater } = await renderProfileAndList();

    h.gate.hold((request) => request.method === 'PUT');
    act(() => updater.result.current.mutate({ uid: 'bob', name: 'Robert' }));
    await screen.findByRole('heading', { name: 'Robert (default)' });
    expect(listedNames()).toContain('Robert (default)');
    h.gate.release();
    await waitFor(() => expect(updater.result.current.isSuccess).toBe(true));
    expect(await h.sent('PUT', '/users/bob')).toEqual([{ name: 'Robert' }]);
    expect((await h.client.getUser('bob', {})).name).toBe('Robert');
    expect(screen.getByRole('heading').textContent).toBe('Robert (default)');
  });

  it('rolls every copy back when the server refuses the change', async () => {
    const { h, updater } = await renderProfileAndList();
    h.gate.hold((request) => request.method === 'PUT');
    act(() => updater.result.current.mutate({ uid: 'bob', name: 'Robert', role: 'no-such-role' }));
    await screen.findByRole('heading', { name: 'Robert (no-such-role)' });
    expect(listedNames()).toContain('Robert (no-such-role)');
    h.gate.release((request) => request.method === 'GET'); // refetches wait: what we see is the rollback
    await waitFor(() => expect(updater.result.current.isError).toBe(true));
    expect(updater.result.current.error).toMatchObject({ status: 400, code: 'ERR_ROLE_NOT_FOUND' });
    expect(updater.result.current.error?.details.role).toBeDefined();
    expect(screen.getByRole('heading').textContent).toBe('Bob (default)');
    expect(listedNames()).toContain('Bob (default)');
    expect(h.gate.waiting).toBeGreaterThan(0);
    h.gate.release();
  });

  it('sends no request when nothing changed', async () => {
    const h = createHarness();
    await seedAndLogin(h, { uid: 'bob', name: 'Bob' });
    const { result } = renderHook(() => ({ bob: useUser({ uid: 'bob' }), update: useUpdateUser() }), {
      wrapper: h.wrapper,
    });
    await waitFor(() => expect(result.current.bob.data?.name).toBe('Bob'));
    const user = await act(() => result.current.update.mutateAsync({ uid: 'bob', name: 'Bob' }));
    expect(user.name).toBe('Bob');
    expect(await h.sent('PUT', '/users')).toEqual([]);
  });
});

describe('useUsers and useInfiniteUsers', () => {
  it('pages and searches (the logged-in user is not listed, as in CometChat)', async () => {
    const h = createHarness();
    await seedAndLogin(
      h,
      ...['ann', 'bob', 'cid', 'dan', 'eve'].map((uid) => ({ uid, name: `${uid.toUpperCase()} Smith` })),
    );
    const { result } = renderHook(() => useUsers({ limit: 2, page: 2 }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ total: 5, page: 2, perPage: 2, totalPages: 3 });
    expect(result.current.data?.users).toHaveLength(2);
    const search = renderHook(() => useUsers({ searchKeyword: 'eve' }), { wrapper: h.wrapper });
    await waitFor(() => expect(search.result.current.data?.users.map((u) => u.uid)).toEqual(['eve']));
  });

  it('loads more pages', async () => {
    const h = createHarness();
    await seedAndLogin(h, ...['ann', 'bob', 'cid'].map((uid) => ({ uid, name: uid })));
    const { result } = renderHook(() => useInfiniteUsers({ limit: 2 }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(1));
    expect(result.current.hasNextPage).toBe(true);
    await act(() => result.current.fetchNextPage());
    await waitFor(() => expect(result.current.data?.pages.flatMap((page) => page.users)).toHaveLength(3));
    expect(result.current.hasNextPage).toBe(false);
  });
});

describe('useBlockUsers and useUnblockUsers', () => {
  it('flips blockedByMe for the logged-in user', async () => {
    const h = createHarness();
    await seed(h, { uid: 'alice', name: 'Alice' }, { uid: 'bob', name: 'Bob' });
    await h.client.login('alice', h.emulator.authKey);
    const { result } = renderHook(
      () => ({ bob: useUser({ uid: 'bob' }), block: useBlockUsers(), unblock: useUnblockUsers() }),
      {
        wrapper: h.wrapper,
      },
    );
    await waitFor(() => expect(result.current.bob.data?.blockedByMe).toBe(false));
    await act(() => result.current.block.mutateAsync(['bob']));
    await waitFor(() => expect(result.current.bob.data?.blockedByMe).toBe(true));
    expect((await h.client.getUser('bob')).blockedByMe).toBe(true);
    await act(() => result.current.unblock.mutateAsync(['bob']));
    await waitFor(() => expect(result.current.bob.data?.blockedByMe).toBe(false));
  });
});
