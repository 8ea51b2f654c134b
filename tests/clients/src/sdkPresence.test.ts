import type { PresenceEvent } from '@profilekit/core';
import { createBackendClient, withBackend } from '@profilekit/core/backend';
import { withDevAuthKey } from '@profilekit/core/dev';
import { type CometChatLike, createSdkClient } from '@profilekit/core/sdk';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { type CometChatSdk, loadCometChatSdk } from '@profilekit/emulator/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

// Presence from the official SDK's own user listener, with the real SDK against the emulator. The emulator has
// no WebSocket: the test stands in for CometChat's socket only, calling the listener the SDK was handed the way
// the SDK's socket handler does (a real `CometChat.User` with `status` and `lastActiveAt` set).
let server: RunningEmulator;
let CometChat: CometChatSdk;
beforeAll(async () => {
  server = await startEmulator({ port: 0, rateLimit: false });
  CometChat = await loadCometChatSdk({ url: server.url, appId: server.appId });
  const client = withDevAuthKey(createSdkClient(CometChat), server.authKey);
  await client.createUser({ uid: 'ana', name: 'Ana' });
  await client.createUser({ uid: 'bob', name: 'Bob' });
  await client.loginWithDevAuthKey('ana');
});
afterAll(async () => {
  await CometChat.logout().catch(() => undefined);
  await server.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

/** Spies on the SDK's add/removeUserListener, calling through: the SDK still registers and removes for real. */
function spyOnUserListeners() {
  const add = vi.spyOn(CometChat, 'addUserListener');
  const remove = vi.spyOn(CometChat, 'removeUserListener');
  /** The name and listener of the n-th `addUserListener` call. */
  const added = (n = 0) => {
    const call = add.mock.calls[n];
    if (!call) throw new Error(`addUserListener was called ${add.mock.calls.length} times`);
    return { name: call[0], listener: call[1] };
  };
  return { add, remove, added };
}

/** What the SDK's socket handler hands the listener: the user, with the presence message's status and time. */
async function sdkUser(uid: string, status: 'online' | 'offline', lastActiveAt: number) {
  const user = await CometChat.getUser(uid);
  user.setStatus(status);
  user.setLastActiveAt(lastActiveAt);
  return user;
}

describe("createSdkClient's subscribeToPresence", () => {
  it("turns the SDK's onUserOnline/onUserOffline into presence events with uid, status and lastActiveAt", async () => {
    const sdk = spyOnUserListeners();
    const client = createSdkClient(CometChat);
    const events: PresenceEvent[] = [];
    const stop = client.subscribeToPresence((event) => events.push(event));
    expect(sdk.add).toHaveBeenCalledTimes(1);
    const { listener } = sdk.added();
    expect(listener).toBeInstanceOf(CometChat.UserListener);

    listener.onUserOnline?.(await sdkUser('bob', 'online', 1_765_000_000));
    listener.onUserOffline?.(await sdkUser('bob', 'offline', 1_765_000_060));

    expect(events).toEqual([
      { type: 'presence', uid: 'bob', status: 'online', lastActiveAt: 1_765_000_000 },
      { type: 'presence', uid: 'bob', status: 'offline', lastActiveAt: 1_765_000_060 },
    ]);
    stop();
  });

  it('stop removes the listener from the SDK, and nothing arrives afterwards', async () => {
    const sdk = spyOnUserListeners();
    const client = createSdkClient(CometChat);
    const events: PresenceEvent[] = [];
    const stopFirst = client.subscribeToPresence((event) => events.push(event));
    const stopSecond = client.subscribeToPresence(() => {});
    const first = sdk.added(0);
    // Each subscription has a name of its own: the SDK replaces a listener added again under the same name.
    expect(sdk.added(1).name).not.toBe(first.name);

    stopFirst();
    stopFirst();
    expect(sdk.remove.mock.calls).toEqual([[first.name]]);
    first.listener.onUserOnline?.(await sdkUser('bob', 'online', 1_765_000_100));
    expect(events).toEqual([]);

    stopSecond();
    expect(sdk.remove.mock.calls).toEqual([[first.name], [sdk.added(1).name]]);
  });

  it('is a no-op returning a no-op when the SDK object has no user listeners', () => {
    // A structural `CometChatLike` without the optional listener members (an older or trimmed SDK build).
    const bare: CometChatLike = Object.assign(Object.create(CometChat) as CometChatLike, {
      addUserListener: undefined,
      removeUserListener: undefined,
      UserListener: undefined,
    });
    const sdk = spyOnUserListeners();
    const stop = createSdkClient(bare).subscribeToPresence(() => {});
    expect(() => stop()).not.toThrow();
    expect(sdk.add).not.toHaveBeenCalled();
    expect(sdk.remove).not.toHaveBeenCalled();
  });
});

describe('withBackend over the SDK client', () => {
  it("forwards subscribeToPresence to the SDK's listener (the backend is not asked)", async () => {
    const sdk = spyOnUserListeners();
    const backendRequests: Request[] = [];
    const backend = createBackendClient({
      baseUrl: 'http://backend.test/api',
      fetch: async (input, init) => {
        backendRequests.push(new Request(input, init));
        return new Response(null, { status: 503 });
      },
    });
    const client = withBackend(createSdkClient(CometChat), backend);
    const events: PresenceEvent[] = [];
    const stop = client.subscribeToPresence((event) => events.push(event));
    sdk.added().listener.onUserOnline?.(await sdkUser('ana', 'online', 1_765_000_200));
    stop();

    expect(events).toEqual([{ type: 'presence', uid: 'ana', status: 'online', lastActiveAt: 1_765_000_200 }]);
    expect(sdk.remove.mock.calls).toEqual([[sdk.added().name]]);
    expect(backendRequests).toEqual([]);
  });
});
