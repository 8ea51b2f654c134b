import { createHttpClient, type UserClient } from '@profilekit/core';
import { withDevAuthKey } from '@profilekit/core/dev';
import { createEmulator, type Emulator } from '@profilekit/emulator/browser';
import { ProfileKitProvider } from '@profilekit/react';
import { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export const BASE_URL = 'http://emulator.test';

/** Holds requests that match a test until released: a slow network, not a fake server. */
export function createGate() {
  const held: Array<() => void> = [];
  let matcher: ((request: Request) => boolean) | undefined;
  return {
    hold(match: (request: Request) => boolean) {
      matcher = match;
    },
    async pass(request: Request) {
      if (matcher?.(request)) await new Promise<void>((resolve) => held.push(resolve));
    },
    /** Lets the held requests go; `next` starts holding another kind (e.g. the refetches that follow). */
    release(next?: (request: Request) => boolean) {
      matcher = next;
      for (const resolve of held.splice(0)) resolve();
    },
    get waiting() {
      return held.length;
    },
  };
}

/** An in-process emulator, the HTTP client over its fetch handler, and a provider for RTL. */
export function createHarness(makeClient?: (emulator: Emulator, fetch: typeof globalThis.fetch) => UserClient) {
  const emulator = createEmulator({ rateLimit: false });
  const gate = createGate();
  const requests: Request[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    await gate.pass(request);
    return emulator.fetch(request);
  }) as typeof globalThis.fetch;
  const client =
    makeClient?.(emulator, fetch) ??
    withDevAuthKey(createHttpClient({ baseUrl: BASE_URL }, { fetch }), emulator.authKey);
  const queryClient = new QueryClient({ defaultOptions: { queries: { gcTime: Number.POSITIVE_INFINITY } } });
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <ProfileKitProvider client={client} queryClient={queryClient}>
      {children}
    </ProfileKitProvider>
  );
  /** A REST API key call straight to the emulator, as your backend would make it. */
  const admin = (method: string, path: string, body?: unknown) =>
    emulator.fetch(
      new Request(`${BASE_URL}${path}`, {
        method,
        headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
  /** The JSON bodies of the requests sent so far for a method and path prefix. */
  const sent = async (method: string, pathStart: string) => {
    const path = (r: Request) => new URL(r.url).pathname.replace(/^\/v3(\.0)?/, '');
    const matching = requests.filter((r) => r.method === method && path(r).startsWith(pathStart));
    return Promise.all(matching.map((r) => r.text().then((text) => (text ? JSON.parse(text) : undefined))));
  };
  return { emulator, gate, client, queryClient, wrapper, admin, requests, sent };
}
