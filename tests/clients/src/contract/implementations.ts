import type { UserClient } from '@profilekit/core';
import { createHttpClient } from '@profilekit/core';
import { createRestClient, type RestClient } from '@profilekit/core/rest';
import { createSdkClient } from '@profilekit/core/sdk';
import { type StartEmulatorOptions, startEmulator } from '@profilekit/emulator';
import { loadCometChatSdk } from '@profilekit/emulator/testing';
import { type Line, openLine } from './network';

/** The three implementations of `UserClient`. */
export type ClientKind = 'http' | 'rest' | 'sdk';

/** How a test wants its client: a short timeout, quick retries. */
export interface ClientSettings {
  timeoutMs?: number;
}

/** One emulator, one client of a kind talking to it over a {@link Line}, and an admin client beside it. */
export interface Environment {
  kind: ClientKind;
  client: UserClient;
  /** What this kind passes to `createUser`/`updateUser`: the Auth Key, or the REST client's REST API key. */
  adminKey: string;
  /** The emulator's Auth Key, for `login(uid, authKey)`. */
  authKey: string;
  /** Straight to the emulator (not over the line): sets up and checks state. */
  admin: RestClient;
  line: Line;
  close(): Promise<void>;
}

const quickRetry = { limit: 2, backoffMs: 20 };

/**
 * Starts an emulator (its options, e.g. a tight rate limit), a line in front of it and a client of `kind`
 * over the line: the HTTP client and REST client with their `baseUrl`, the SDK adapter over the official
 * SDK 4.2.0 loaded in Node and pointed at the line.
 */
export async function openEnvironment(
  kind: ClientKind,
  emulatorOptions: StartEmulatorOptions = {},
  settings: ClientSettings = {},
): Promise<Environment> {
  const server = await startEmulator({ port: 0, ...emulatorOptions });
  const line = await openLine(server.url);
  const admin = createRestClient({ baseUrl: server.url, appId: server.appId }, { apiKey: server.restApiKey });
  const target = { baseUrl: line.url, appId: server.appId };
  const options = { ...settings, retry: quickRetry };
  let client: UserClient;
  let adminKey = server.authKey;
  if (kind === 'http') client = createHttpClient(target, options);
  else if (kind === 'rest') {
    client = createRestClient(target, { ...options, apiKey: server.restApiKey });
    adminKey = server.restApiKey;
  } else {
    const CometChat = await loadCometChatSdk({ url: line.url, appId: server.appId });
    client = createSdkClient(CometChat, options);
  }
  return {
    kind,
    client,
    adminKey,
    authKey: server.authKey,
    admin,
    line,
    async close() {
      if (kind === 'sdk') {
        // The SDK is one object per process and keeps its session: end it while the line still works.
        line.mode = 'up';
        await client.logout().catch(() => {});
      }
      await line.close();
      await server.close();
    },
  };
}

export const clientKinds: ClientKind[] = ['http', 'rest', 'sdk'];
