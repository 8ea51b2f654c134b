import { createBackendClient, withBackend } from '@profilekit/core/backend';
import { withDevAuthKey } from '@profilekit/core/dev';
import { createSdkClient } from '@profilekit/core/sdk';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { type CometChatSdk, loadCometChatSdk } from '@profilekit/emulator/testing';
import {
  ProfileKitProvider,
  type ProfileSyncOptions,
  usePresence,
  userKeys,
  useUser,
  useUsers,
} from '@profilekit/react';
import { createProfileKitHandler } from '@profilekit/server';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';

// Presence from the official SDK's own user listener reaching the provider's cache: the real provider, the real
// SDK client, the emulator over real HTTP. The emulator has no WebSocket: the test stands in for CometChat's
// socket only, calling the listener the SDK was handed as the SDK's socket handler does.
let server: RunningEmulator;
let CometChat: CometChatSdk;
let client: ReturnType<typeof createSdkClient>;
let addUserListener: MockInstance<CometChatSdk['addUserListener']>;
let removeUserListener: MockInstance<CometChatSdk['removeUserListener']>;
/** The URLs the SDK requested since the last `requests.length = 0`. */
const requests: string[] = [];

beforeAll(async () => {
  server = await startEmulator({ port: 0, rateLimit: false });
  CometChat = await loadCometChatSdk({ url: server.url, appId: server.appId });
  const dev = withDevAuthKey(createSdkClient(CometChat), server.authKey);
  await dev.createUser({ uid: 'ana', name: 'Ana' });
  await dev.createUser({ uid: 'bob', name: 'Bob' });
  await dev.loginWithDevAuthKey('ana');
  client = dev;
  const sdkFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    requests.push(String(input instanceof Request ? input.url : input));
    return sdkFetch(input, init);
  };
});
afterAll(async () => {
  await CometChat.logout().catch(() => undefined);
  await server.close();
});
beforeEach(() => {
  addUserListener = vi.spyOn(CometChat, 'addUserListener');
  removeUserListener = vi.spyOn(CometChat, 'removeUserListener');
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function wrapperWith(queryClient: QueryClient, sync?: ProfileSyncOptions | false) {
  return ({ children }: { children?: ReactNode }) => (
    <ProfileKitProvider client={client} queryClient={queryClient} sync={sync}>
      {children}
    </ProfileKitProvider>
  );
}

/** What the SDK's socket handler hands the listener: the user, with the presence message's status and time. */
async function sdkUser(uid: string, status: 'online' | 'offline', lastActiveAt: number) {
  const user = await CometChat.getUser(uid);
  user.setStatus(status);
  user.setLastActiveAt(lastActiveAt);
  return user;
}

/** The n-th listener the provider handed the SDK, once its lazily loaded sync has started. */
async function sdkListener(n = 0) {
  await waitFor(() => expect(addUserListener.mock.calls.length).toBeGreaterThan(n));
  const [name, listener] = addUserListener.mock.calls[n] ?? [];
  if (!name || !listener) throw new Error('no user listener');
  return { name, listener };
}

describe('presence from the SDK in the provider', () => {
  it('usePresence, useUser and a useUsers row change status as the SDK reports it, without a request', async () => {
    const queryClient = new QueryClient();
    const { result, unmount } = renderHook(
      () => ({ presence: usePresence('bob'), bob: useUser({ uid: 'bob' }), list: useUsers({ limit: 10 }) }),
      { wrapper: wrapperWith(queryClient) },
    );
    await waitFor(() => expect(result.current.bob.data?.status).toBe('offline'));
    await waitFor(() => expect(result.current.list.data?.users.map((u) => u.uid)).toContain('bob'));
    const { name, listener } = await sdkListener();
    const online = await sdkUser('bob', 'online', 1_765_000_000);
    const offline = await sdkUser('bob', 'offline', 1_765_000_090);
    // The SDK's requests go through this counter (it just saw getUser); from here on it must see none.
    expect(requests.some((url) => url.includes('/users/bob'))).toBe(true);
    requests.length = 0;

    act(() => listener.onUserOnline?.(online));

    await waitFor(() => expect(result.current.presence).toEqual({ status: 'online', lastActiveAt: 1_765_000_000 }));
    expect(result.current.bob.data).toMatchObject({ uid: 'bob', status: 'online', lastActiveAt: 1_765_000_000 });
    const row = () => result.current.list.data?.users.find((u) => u.uid === 'bob');
    expect(row()).toMatchObject({ status: 'online', lastActiveAt: 1_765_000_000 });

    act(() => listener.onUserOffline?.(offline));
    await waitFor(() => expect(result.current.presence).toEqual({ status: 'offline', lastActiveAt: 1_765_000_090 }));
    expect(result.current.bob.data?.status).toBe('offline');
    expect(row()?.status).toBe('offline');
    expect(requests).toEqual([]);

    // Unmounting the provider removes its listener from the SDK.
    expect(removeUserListener).not.toHaveBeenCalled();
    unmount();
    expect(removeUserListener.mock.calls).toEqual([[name]]);
  });

  it('with sync={{ presence: false }} or sync={false} nothing is subscribed, and that cache stays as it was', async () => {
    const off = new QueryClient();
    const on = new QueryClient();
    const without = renderHook(() => usePresence('ana'), { wrapper: wrapperWith(off, { presence: false }) });
    renderHook(() => usePresence('ana'), { wrapper: wrapperWith(new QueryClient(), false) });
    // A provider mounted after them: its sync starts after theirs would have (one lazily loaded module).
    const withIt = renderHook(() => usePresence('ana'), { wrapper: wrapperWith(on) });
    const { listener } = await sdkListener();
    // The three providers' syncs start in one go: by now the first two would have subscribed too.
    expect(addUserListener).toHaveBeenCalledTimes(1);
    const online = await sdkUser('ana', 'online', 1_765_000_300);

    act(() => listener.onUserOnline?.(online));

    await waitFor(() => expect(withIt.result.current.status).toBe('online'));
    expect(without.result.current).toEqual({ status: undefined, lastActiveAt: undefined });
    expect(off.getQueryData(userKeys.presence('ana'))).toBeUndefined();
    expect(on.getQueryData(userKeys.presence('ana'))).toEqual({ status: 'online', lastActiveAt: 1_765_000_300 });
  });

  it("runs beside the backend's event stream: presence from either lands in the cache", async () => {
    const webhookAuth = `Basic ${btoa('hook:secret')}`;
    const handler = createProfileKitHandler({
      target: { baseUrl: server.url, appId: server.appId },
      restApiKey: server.restApiKey,
      basePath: '/api',
      rateLimit: false,
      webhooks: { username: 'hook', password: 'secret' },
    });
    const streams: string[] = [];
    const backend = createBackendClient({
      baseUrl: 'http://backend.test/api',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname === '/api/events') streams.push(request.url);
        return handler(request);
      },
      getAuthToken: async () => (await CometChat.getLoggedinUser())?.getAuthToken(),
    });
    const queryClient = new QueryClient();
    const composed = withBackend(client, backend);
    const { result } = renderHook(() => usePresence('bob'), {
      wrapper: ({ children }: { children?: ReactNode }) => (
        <ProfileKitProvider client={composed} queryClient={queryClient}>
          {children}
        </ProfileKitProvider>
      ),
    });
    // The stream follows the logged-in user: the current user's query tells the provider who that is.
    await queryClient.fetchQuery({ queryKey: userKeys.current(), queryFn: () => composed.getLoggedInUser() });
    const { listener } = await sdkListener();
    await waitFor(() => expect(streams).toHaveLength(1));

    const online = await sdkUser('bob', 'online', 1_765_000_400);
    act(() => listener.onUserOnline?.(online));
    await waitFor(() => expect(result.current).toEqual({ status: 'online', lastActiveAt: 1_765_000_400 }));

    const webhook = await handler(
      new Request('http://backend.test/api/webhooks/cometchat', {
        method: 'POST',
        headers: { authorization: webhookAuth, 'content-type': 'application/json' },
        body: JSON.stringify({
          trigger: 'user_connection_status_changed',
          webhook: 'wh1',
          data: { user: { uid: 'bob', lastActiveAt: 1_765_000_500 }, status: 'offline', timestamp: 1_765_000_500 },
        }),
      }),
    );
    expect(webhook.status).toBe(200);
    await waitFor(() => expect(result.current).toEqual({ status: 'offline', lastActiveAt: 1_765_000_500 }));
  });
});
