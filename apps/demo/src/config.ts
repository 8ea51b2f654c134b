import { type CometChatTarget, createHttpClient, localStorageTokenStore, type UploadAvatar } from '@profilekit/core';
import { createAvatarUploader } from '@profilekit/core/avatar';
import { withDevAuthKey } from '@profilekit/core/dev';
import type { BrowserConfig } from '../server/env';
import { type DemoClient, withDemoBackend } from './demoClient';

/** Which backend this build talks to, from `pnpm dev` (emulator) or the `COMETCHAT_*` variables. */
export const demoConfig: BrowserConfig | null = __PROFILEKIT_DEMO__;

/** The roles the emulator offers; with real CometChat, Role is free text (your app defines its roles). */
export const demoRoles: readonly string[] | undefined =
  demoConfig?.kind === 'emulator' ? ['default', 'admin', 'moderator'] : undefined;

/**
 * The Auth Key, behind an opt-in development switch: `VITE_PROFILEKIT_DEMO_AUTH_KEY=1 pnpm dev` turns on
 * "log in as any uid". Off by default, and never in `vite build` (whose config carries no Auth Key at all).
 */
export const devAuthKey: string | undefined =
  import.meta.env.DEV && import.meta.env.VITE_PROFILEKIT_DEMO_AUTH_KEY === '1'
    ? (demoConfig?.authKey ?? undefined)
    : undefined;

/** The roles your backend treats as administrators (`adminRoles` of `@profilekit/server`). */
export const adminRoles: readonly string[] = ['admin'];

/** The logged-in user's auth token, in `localStorage` so a reload keeps the login. */
const tokens = localStorageTokenStore('profilekit-demo:authToken');

function targetOf(config: BrowserConfig): CometChatTarget {
  return config.kind === 'emulator'
    ? { baseUrl: config.url, appId: config.appId }
    : { appId: config.appId, region: config.region };
}

/**
 * The browser's client: `createHttpClient` over the emulator or CometChat for the user's own calls (auth
 * token in `localStorage`, so a reload keeps the login), composed with the demo backend under `/api` for
 * sign-up, login and everything an admin does. It holds the Auth Key only when the development switch
 * is on ({@link devAuthKey}).
 *
 * @example
 * ```ts
 * const client = createDemoClient(demoConfig);
 * ```
 */
export function createDemoClient(config: BrowserConfig): DemoClient {
  const http = createHttpClient(targetOf(config), { tokenStore: tokens });
  // Behind DEV, so that `vite build` drops the Auth Key's code along with the key.
  const cometChat = import.meta.env.DEV ? withDevAuthKey(http, devAuthKey) : http;
  return withDemoBackend(cometChat, tokens);
}

/** Avatar uploads to the demo backend (`POST /api/avatars`), with the logged-in user's token when there is one. */
export const uploadAvatar: UploadAvatar = createAvatarUploader({
  url: '/api/avatars',
  getAuthToken: () => tokens.get(),
});
