import { createHttpClient, type UserClient } from '@profilekit/core';
import { createRestClient, type RestClient } from '@profilekit/core/rest';
import { createSdkClient } from '@profilekit/core/sdk';
import { loadCometChatSdk } from '@profilekit/emulator/testing';
import type { Target } from './target';

/** One way to reach CometChat that the scenarios run through. */
export interface Transport {
  /** Short name, a column of the table: `sdk`, `http`, `rest`, `wire` (and `server` once it exists). */
  name: string;
  client: UserClient;
  /** What this transport passes to `createUser`/`updateUser`: the Auth Key, or the REST client's REST API key. */
  adminKey: string;
  /** Ends a session this transport may still hold (the SDK keeps one per process). */
  reset(): Promise<void>;
}

/** How to open a transport against a target. */
export type TransportFactory = (target: Target) => Promise<Transport>;

const timeoutMs = 20_000;
const retry = { limit: 2, backoffMs: 250 };

/**
 * The SDK posts `user_sessions` telemetry ~5 s after a login and leaves the promise unhandled when the
 * user has logged out by then (`USER_NOT_LOGED_IN`, the SDK's spelling): that one is not ours to fail on.
 */
function ignoreSdkTelemetryRejections() {
  process.on('unhandledRejection', (reason) => {
    if ((reason as { error?: { code?: string } })?.error?.code === 'USER_NOT_LOGED_IN') return;
    throw reason;
  });
}

/** The official SDK 4.2.0 in Node, through `createSdkClient`: what a browser app with the SDK sends. */
const sdk: TransportFactory = async (target) => {
  ignoreSdkTelemetryRejections();
  const CometChat = await loadCometChatSdk({ url: target.url, appId: target.appId, region: target.region });
  const client = createSdkClient(CometChat, { timeoutMs, retry });
  return { name: 'sdk', client, adminKey: target.authKey, reset: () => client.logout().catch(() => undefined) };
};

/** profilekit's fetch client, as a browser app without the SDK uses it. */
const http: TransportFactory = async (target) => {
  const client = createHttpClient(target.where, { timeoutMs, retry });
  return { name: 'http', client, adminKey: target.authKey, reset: () => client.logout().catch(() => undefined) };
};

/** The REST admin client with the REST API key, as your backend uses it. */
const rest: TransportFactory = async (target) => {
  const client = createRestClient(target.where, { apiKey: target.restApiKey, timeoutMs, retry });
  return { name: 'rest', client, adminKey: target.restApiKey, reset: () => client.logout().catch(() => undefined) };
};

/**
 * No client at all: the `wire` column's scenarios send CometChat's wire format with plain `fetch`
 * (`context.wire`), so the server's own rules are exercised, not our clients' validation. Its `client` is the
 * REST client only so the column has the shape of the others; wire scenarios set up state with it, never assert on it.
 */
const wire: TransportFactory = async (target) => {
  const client = createRestClient(target.where, { apiKey: target.restApiKey, timeoutMs, retry });
  return { name: 'wire', client, adminKey: target.restApiKey, reset: async () => {} };
};

/** The transports a scenario runs through unless it names its own: every client, not `wire`. */
export const clientTransports = ['sdk', 'http', 'rest'];

/**
 * Every transport, in table order. Extension point: when `@profilekit/server` exists, add a `server`
 * factory here that mounts its handler in this process (with `target.restApiKey`) and returns a
 * `UserClient` over its routes (the backend client); every scenario then runs through it too.
 */
export const transports: Record<string, TransportFactory> = { sdk, http, rest, wire };

/** The REST admin client the scenarios set up and check state with (not a column of the table). */
export function adminClient(target: Target): RestClient {
  return createRestClient(target.where, { apiKey: target.restApiKey, timeoutMs, retry });
}
