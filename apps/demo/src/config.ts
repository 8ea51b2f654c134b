import { type CometChatTarget, createHttpClient, localStorageTokenStore, type UserClient } from '@profilekit/core';
import type { BrowserConfig } from '../server/env';

/** Which backend this build talks to, from `pnpm dev` (emulator) or the `COMETCHAT_*` variables. */
export const demoConfig: BrowserConfig | null = __PROFILEKIT_DEMO__;

/** The roles the emulator offers; with real CometChat, Role is free text (your app defines its roles). */
export const demoRoles: readonly string[] | undefined =
  demoConfig?.kind === 'emulator' ? ['default', 'admin', 'moderator'] : undefined;

function targetOf(config: BrowserConfig): CometChatTarget {
  return config.kind === 'emulator'
    ? { baseUrl: config.url, appId: config.appId }
    : { appId: config.appId, region: config.region };
}

/**
 * The browser's client: `createHttpClient` over the emulator or CometChat, with the auth token in
 * `localStorage` so a reload keeps the login.
 *
 * @example
 * ```ts
 * const client = createDemoClient(demoConfig);
 * ```
 */
export function createDemoClient(config: BrowserConfig): UserClient {
  return createHttpClient(targetOf(config), { tokenStore: localStorageTokenStore('profilekit-demo:authToken') });
}
