import { createHttpClient, memoryTokenStore } from '@profilekit/core';
import { createBackendClient, withBackend } from '@profilekit/core/backend';
import { createRestClient } from '@profilekit/core/rest';
import { useCurrentUser, useLogout } from '@profilekit/react';
import { createProfileKitHandler } from '@profilekit/server';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BASE_URL, createHarness } from './harness';

const BACKEND = 'http://backend.test/api';

/**
 * The provider's client as an app composes it: the HTTP client straight to the (in-process) emulator, and
 * your backend — `@profilekit/server` in this process, holding the REST API key — for the rest.
 */
function createBackendHarness() {
  const tokens = memoryTokenStore();
  return createHarness((emulator, fetch) => {
    const handler = createProfileKitHandler({
      target: { baseUrl: BASE_URL, appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      transport: { fetch },
      basePath: '/api',
      rateLimit: false,
      tokenCacheSeconds: 600,
    });
    const toBackend = (async (input: RequestInfo | URL, init?: RequestInit) =>
      handler(new Request(input, init))) as typeof globalThis.fetch;
    const cometChat = createHttpClient({ baseUrl: BASE_URL, appId: emulator.appId }, { fetch, tokenStore: tokens });
    const backend = createBackendClient({ baseUrl: BACKEND, fetch: toBackend, getAuthToken: () => tokens.get() });
    return withBackend(cometChat, backend);
  });
}

describe('useLogout with a backend', () => {
  it('has the backend revoke the auth token: CometChat refuses it afterwards', async () => {
    const h = createBackendHarness();
    const toEmulator = (async (input: RequestInfo | URL, init?: RequestInit) =>
      h.emulator.fetch(new Request(input, init))) as typeof globalThis.fetch;
    const rest = createRestClient({ baseUrl: BASE_URL }, { apiKey: h.emulator.restApiKey, fetch: toEmulator });
    await rest.createUser({ uid: 'usr1', name: 'Kevin' });
    const { authToken } = await rest.createAuthToken('usr1');
    await h.client.login(authToken);
    const { result } = renderHook(() => ({ me: useCurrentUser(), logout: useLogout() }), { wrapper: h.wrapper });
    await waitFor(() => expect(result.current.me.data?.uid).toBe('usr1'));

    await act(() => result.current.logout.mutateAsync());

    // TanStack Query notifies observers on its own scheduler tick, after act's callback has resolved.
    await waitFor(() => expect(result.current.logout.isSuccess).toBe(true));
    expect(await h.client.getLoggedInUser()).toBeNull();
    const me = await h.emulator.fetch(new Request(`${BASE_URL}/v3/me`, { headers: { authToken } }));
    expect(me.status).toBe(401);
    expect(await rest.listAuthTokens('usr1')).toEqual([]);
    expect((await rest.getUser('usr1')).status).toBe('offline');
  });
});
