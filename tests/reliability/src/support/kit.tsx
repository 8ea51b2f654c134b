import { createHttpClient, type HttpClientOptions, type UserClient } from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { createEmulator, type Emulator, type EmulatorOptions } from '@profilekit/emulator';
import { ProfileKitProvider } from '@profilekit/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createFaultyFetch } from './faultyFetch';

const BASE_URL = 'http://emulator.test';

/** Options of {@link createKit}. */
export interface KitOptions {
  emulator?: EmulatorOptions;
  client?: Omit<HttpClientOptions, 'fetch' | 'authKey'>;
}

/**
 * An in-process emulator behind a fault-injecting network, the HTTP client over that network, and a
 * `ProfileKitProvider` wrapper for React Testing Library. `restart` swaps in a new emulator (e.g. on the
 * same SQLite file) while the client and its session stay.
 *
 * @example
 * ```tsx
 * const kit = createKit();
 * await kit.client.createUser({ uid: 'kevin', name: 'Kevin' });
 * render(<ProfileEditForm />, { wrapper: kit.wrapper });
 * ```
 */
export function createKit({ emulator: emulatorOptions = {}, client: clientOptions = {} }: KitOptions = {}) {
  let emulator: Emulator = createEmulator({ rateLimit: false, ...emulatorOptions });
  const network = createFaultyFetch((request) => emulator.fetch(request));
  const client: UserClient = withDevAuthKey(
    createHttpClient(
      { baseUrl: BASE_URL, appId: emulator.appId },
      { retry: { backoffMs: 10 }, ...clientOptions, fetch: network.fetch },
    ),
    emulator.authKey,
  );
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Number.POSITIVE_INFINITY }, mutations: { retry: false } },
  });
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <ProfileKitProvider client={client} queryClient={queryClient}>
      {children}
    </ProfileKitProvider>
  );
  /** Straight to the emulator, past the network: what your backend (REST API key) would see. */
  const admin = async (method: string, path: string, body?: unknown) => {
    const response = await emulator.fetch(
      new Request(`${BASE_URL}/v3${path}`, {
        method,
        headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    return { status: response.status, body: await response.json() };
  };
  return {
    get emulator() {
      return emulator;
    },
    network,
    client,
    queryClient,
    wrapper,
    admin,
    /** Stops the emulator and starts `next` in its place (the same base URL, as a restarted server). */
    restart(next: () => Emulator) {
      emulator.close();
      emulator = next();
    },
  };
}

/** What {@link createKit} returns. */
export type Kit = ReturnType<typeof createKit>;
