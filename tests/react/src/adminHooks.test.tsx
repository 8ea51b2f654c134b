import type { User, UserPage } from '@profilekit/core';
import {
  useCurrentUser,
  useDeactivateUsers,
  useDeleteUser,
  useLogin,
  useReactivateUsers,
  useSignup,
  useUser,
  useUsers,
} from '@profilekit/react';
import { userKeys } from '@profilekit/react/queries';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdminHarness } from './adminHarness';
import { createHarness } from './harness';

afterEach(cleanup);

type Harness = ReturnType<typeof createAdminHarness>;

const uidsOf = (page: UserPage | undefined) => page?.users.map((user) => user.uid);
const find = (page: UserPage | undefined, uid: string) => page?.users.find((user) => user.uid === uid);
const isAdminRequest = (request: Request) => request.method !== 'GET';
/** Held after a refusal, so what the lists show is the rollback, not a refetch. */
const isRefetch = (request: Request) => request.method === 'GET';

async function seed(h: Harness, ...uids: string[]) {
  for (const uid of uids) await h.client.createUser({ uid, name: uid.toUpperCase() });
}

/** The lists an admin page shows, the detail of `uid`, and the mutations. */
function renderAdmin(h: Harness, uid: string) {
  return renderHook(
    () => ({
      active: useUsers({}),
      all: useUsers({ withDeactivated: true }),
      deactivatedOnly: useUsers({ onlyDeactivated: true }),
      detail: useUser({ uid }),
      deactivate: useDeactivateUsers(),
      reactivate: useReactivateUsers(),
      remove: useDeleteUser(),
    }),
    { wrapper: h.wrapper },
  );
}

async function loaded(result: ReturnType<typeof renderAdmin>['result']) {
  await waitFor(() => {
    expect(result.current.active.isSuccess).toBe(true);
    expect(result.current.all.isSuccess).toBe(true);
    expect(result.current.deactivatedOnly.isSuccess).toBe(true);
    expect(result.current.detail.isSuccess).toBe(true);
  });
}

describe('useDeactivateUsers', () => {
  it('drops the user from active lists and marks deactivatedAt elsewhere at once, then the server agrees', async () => {
    const h = createAdminHarness();
    await seed(h, 'alice', 'bob');
    const { result } = renderAdmin(h, 'alice');
    await loaded(result);
    h.gate.hold(isAdminRequest);
    act(() => result.current.deactivate.mutate(['alice']));
    await waitFor(() => expect(h.gate.waiting).toBe(1));
    expect(uidsOf(result.current.active.data)).toEqual(['bob']);
    expect(result.current.active.data?.total).toBe(1);
    expect(find(result.current.all.data, 'alice')?.deactivatedAt).toEqual(expect.any(Number));
    expect(result.current.detail.data?.deactivatedAt).toEqual(expect.any(Number));
    h.gate.release();
    await waitFor(() => expect(result.current.deactivate.isSuccess).toBe(true));
    await waitFor(() => expect(uidsOf(result.current.deactivatedOnly.data)).toEqual(['alice']));
    const stored = await h.client.listUsers({ onlyDeactivated: true });
    expect(uidsOf(stored)).toEqual(['alice']);
  });

  it('puts every list back when the server refuses', async () => {
    const h = createAdminHarness({ refuseAdminOperations: true });
    await seed(h, 'alice', 'bob');
    const { result } = renderAdmin(h, 'alice');
    await loaded(result);
    h.gate.hold(isAdminRequest);
    act(() => result.current.deactivate.mutate(['alice']));
    await waitFor(() => expect(h.gate.waiting).toBe(1));
    expect(uidsOf(result.current.active.data)).toEqual(['bob']);
    h.gate.release(isRefetch);
    await waitFor(() => expect(result.current.deactivate.isError).toBe(true));
    expect(result.current.deactivate.error?.status).toBeGreaterThanOrEqual(400);
    expect(uidsOf(result.current.active.data)).toEqual(['alice', 'bob']);
    expect(result.current.active.data?.total).toBe(2);
    expect(find(result.current.all.data, 'alice')?.deactivatedAt).toBeUndefined();
    expect(result.current.detail.data?.deactivatedAt).toBeUndefined();
    h.gate.release();
    expect(uidsOf(await h.client.listUsers({ onlyDeactivated: true }))).toEqual([]);
  });
});

describe('useReactivateUsers', () => {
  it('unmarks the user at once and takes them out of lists of only deactivated users', async () => {
    const h = createAdminHarness();
    await seed(h, 'alice', 'bob');
    const { result } = renderAdmin(h, 'alice');
    await loaded(result);
    await act(() => result.current.deactivate.mutateAsync(['alice']));
    await waitFor(() => expect(uidsOf(result.current.deactivatedOnly.data)).toEqual(['alice']));
    h.gate.hold(isAdminRequest);
    act(() => result.current.reactivate.mutate(['alice']));
    await waitFor(() => expect(h.gate.waiting).toBe(1));
    expect(uidsOf(result.current.deactivatedOnly.data)).toEqual([]);
    expect(find(result.current.all.data, 'alice')?.deactivatedAt).toBeUndefined();
    expect(result.current.detail.data?.deactivatedAt).toBeUndefined();
    h.gate.release();
    await waitFor(() => expect(result.current.reactivate.isSuccess).toBe(true));
    await waitFor(() => expect(uidsOf(result.current.active.data)).toEqual(['alice', 'bob']));
    expect(uidsOf(await h.client.listUsers({ onlyDeactivated: true }))).toEqual([]);
  });

  it('keeps the user deactivated when the server refuses', async () => {
    const h = createAdminHarness({ refuseAdminOperations: true });
    await seed(h, 'alice');
    await h.admin('DELETE', '/users', { uidsToDeactivate: ['alice'] });
    const { result } = renderHook(
      () => ({ deactivatedOnly: useUsers({ onlyDeactivated: true }), reactivate: useReactivateUsers() }),
      { wrapper: h.wrapper },
    );
    await waitFor(() => expect(uidsOf(result.current.deactivatedOnly.data)).toEqual(['alice']));
    h.gate.hold(isAdminRequest);
    act(() => result.current.reactivate.mutate(['alice']));
    await waitFor(() => expect(h.gate.waiting).toBe(1));
    expect(uidsOf(result.current.deactivatedOnly.data)).toEqual([]);
    h.gate.release(isRefetch);
    await waitFor(() => expect(result.current.reactivate.isError).toBe(true));
    expect(find(result.current.deactivatedOnly.data, 'alice')?.deactivatedAt).toEqual(expect.any(Number));
  });
});

describe('useDeleteUser', () => {
  it('soft delete: the user leaves active lists at once and the uid stays taken', async () => {
    const h = createAdminHarness();
    await seed(h, 'alice', 'bob');
    const { result } = renderAdmin(h, 'alice');
    await loaded(result);
    h.gate.hold(isAdminRequest);
    act(() => result.current.remove.mutate({ uid: 'alice' }));
    await waitFor(() => expect(h.gate.waiting).toBe(1));
    expect(uidsOf(result.current.active.data)).toEqual(['bob']);
    expect(find(result.current.all.data, 'alice')?.deactivatedAt).toEqual(expect.any(Number));
    h.gate.release();
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
    await expect(h.client.createUser({ uid: 'alice', name: 'Someone new' })).rejects.toMatchObject({
      code: 'ERR_UID_ALREADY_EXISTS',
    });
  });

  it('permanent delete: gone from every list and detail, and the uid is free again', async () => {
    const h = createAdminHarness();
    await seed(h, 'alice', 'bob');
    const { result } = renderAdmin(h, 'alice');
    await loaded(result);
    h.gate.hold(isAdminRequest);
    act(() => result.current.remove.mutate({ uid: 'alice', permanent: true }));
    await waitFor(() => expect(h.gate.waiting).toBe(1));
    expect(uidsOf(result.current.active.data)).toEqual(['bob']);
    expect(uidsOf(result.current.all.data)).toEqual(['bob']);
    h.gate.release();
    await waitFor(() => expect(result.current.remove.isSuccess).toBe(true));
    expect(h.queryClient.getQueryData(userKeys.detail('alice'))).toBeUndefined();
    expect(await h.sent('DELETE', '/users/alice')).toEqual([{ permanent: true }]);
    await expect(h.client.createUser({ uid: 'alice', name: 'Someone new' })).resolves.toMatchObject({ uid: 'alice' });
  });

  it('brings the user back into every list when the server refuses', async () => {
    const h = createAdminHarness({ refuseAdminOperations: true });
    await seed(h, 'alice', 'bob');
    const { result } = renderAdmin(h, 'alice');
    await loaded(result);
    h.gate.hold(isRefetch);
    act(() => result.current.remove.mutate({ uid: 'alice', permanent: true }));
    await waitFor(() => expect(result.current.remove.isError).toBe(true));
    expect(uidsOf(result.current.active.data)).toEqual(['alice', 'bob']);
    expect(uidsOf(result.current.all.data)).toEqual(['alice', 'bob']);
    expect(result.current.detail.data?.uid).toBe('alice');
    h.gate.release();
    expect(uidsOf(await h.client.listUsers())).toEqual(['alice', 'bob']);
  });
});

describe('admin hooks over a client without admin operations', () => {
  it.each([
    ['useDeleteUser', useDeleteUser],
    ['useDeactivateUsers', useDeactivateUsers],
    ['useReactivateUsers', useReactivateUsers],
  ] as const)('%s throws an error naming what the client lacks', (name, hook) => {
    const h = createHarness();
    expect(() => renderHook(() => hook(), { wrapper: h.wrapper })).toThrow(
      new RegExp(`${name} needs an admin client.*no deleteUser, deactivateUsers, reactivateUsers.*createBackendClient`),
    );
  });
});

describe('useSignup', () => {
  it('signs up through the backend, caches the user, and its auth token logs in', async () => {
    const h = createAdminHarness();
    const { result } = renderHook(() => ({ signup: useSignup(), login: useLogin(), me: useCurrentUser() }), {
      wrapper: h.wrapper,
    });
    const { user, authToken } = await act(() =>
      result.current.signup.mutateAsync({ user: { uid: 'Kevin', name: 'Kevin' }, account: { email: 'k@example.com' } }),
    );
    expect(user).toMatchObject({ uid: 'kevin', name: 'Kevin', role: 'default' });
    expect(h.queryClient.getQueryData<User>(userKeys.detail('kevin'))?.name).toBe('Kevin');
    await act(() => result.current.login.mutateAsync({ authToken }));
    await waitFor(() => expect(result.current.me.data).toMatchObject({ uid: 'kevin', status: 'online' }));
  });

  it('reports a taken uid as the server answers it', async () => {
    const h = createAdminHarness();
    await seed(h, 'kevin');
    const { result } = renderHook(() => useSignup(), { wrapper: h.wrapper });
    act(() => result.current.mutate({ user: { uid: 'kevin', name: 'Kevin' } }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: 'ERR_UID_ALREADY_EXISTS' });
  });

  it('throws an error naming signup when the client has none', () => {
    const h = createHarness();
    expect(() => renderHook(() => useSignup(), { wrapper: h.wrapper })).toThrow(
      /useSignup needs a client with signup\(request\).*createBackendClient/,
    );
  });
});
