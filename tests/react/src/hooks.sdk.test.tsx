import { withDevAuthKey } from '@profilekit/core/dev';
import { createSdkClient } from '@profilekit/core/sdk';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { loadCometChatSdk } from '@profilekit/emulator/testing';
import { ProfileKitProvider, useCreateUser, useCurrentUser, useLogin, useUpdateCurrentUser } from '@profilekit/react';
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// The same hooks over the official SDK (through createSdkClient), against the emulator over real HTTP.
let server: RunningEmulator;
let wrapper: (props: { children?: ReactNode }) => ReactNode;

beforeAll(async () => {
  server = await startEmulator({ port: 0, rateLimit: false });
  const client = withDevAuthKey(
    createSdkClient(await loadCometChatSdk({ url: server.url, appId: server.appId })),
    server.authKey,
  );
  const queryClient = new QueryClient();
  wrapper = ({ children }) => (
    <ProfileKitProvider client={client} queryClient={queryClient}>
      {children}
    </ProfileKitProvider>
  );
});
afterAll(() => server.close());
afterEach(cleanup);

describe('hooks over the official SDK', () => {
  it('useCreateUser creates, and reports a taken uid on the uid field', async () => {
    const { result } = renderHook(() => useCreateUser(), { wrapper });
    const user = await act(() => result.current.mutateAsync({ uid: 'SdkUser1', name: 'Sdk One' }));
    expect(user).toMatchObject({ uid: 'sdkuser1', name: 'Sdk One' });
    act(() => result.current.mutate({ uid: 'sdkuser1', name: 'Again' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ code: 'ERR_UID_ALREADY_EXISTS' });
    expect(result.current.error?.details.uid).toHaveLength(1);
  });

  it('useLogin primes useCurrentUser, and useUpdateCurrentUser changes it but never the role', async () => {
    await server.emulator.fetch(
      new Request(`${server.url}/users`, {
        method: 'POST',
        headers: { apikey: server.restApiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ uid: 'sdkuser2', name: 'Sdk Two', role: 'admin' }),
      }),
    );
    const { result } = renderHook(() => ({ me: useCurrentUser(), login: useLogin(), update: useUpdateCurrentUser() }), {
      wrapper,
    });
    await waitFor(() => expect(result.current.me.isSuccess).toBe(true));
    expect(result.current.me.data).toBeNull();
    await act(() => result.current.login.mutateAsync({ uid: 'sdkuser2' }));
    await waitFor(() =>
      expect(result.current.me.data).toMatchObject({ uid: 'sdkuser2', status: 'online', role: 'admin' }),
    );
    const updated = await act(() => result.current.update.mutateAsync({ statusMessage: 'via the SDK', name: 'Two' }));
    expect(updated).toMatchObject({ uid: 'sdkuser2', name: 'Two', statusMessage: 'via the SDK', role: 'admin' });
    await waitFor(() => expect(result.current.me.data?.name).toBe('Two'));
  });

  it('useUpdateCurrentUser refuses an invalid change before the SDK sends it', async () => {
    const { result } = renderHook(() => useUpdateCurrentUser(), { wrapper });
    act(() => result.current.mutate({ link: 'javascript:alert(1)' }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.details.link).toEqual(['Link must be a full http:// or https:// URL']);
  });
});
