import { createRequire } from 'node:module';
import type * as CometChatModule from '@cometchat/chat-sdk-javascript';
import { DEV_APP_ID } from '../constants';
import { clearBrowserStorage, installBrowserGlobals } from './browserGlobals';

/** The `CometChat` namespace of the official SDK. */
export type CometChatSdk = typeof CometChatModule.CometChat;

/** Where the SDK should talk to. */
export interface LoadCometChatSdkOptions {
  /**
   * The emulator's URL, e.g. `RunningEmulator.url` (`http://127.0.0.1:54321`). Without one the SDK talks to
   * CometChat's cloud for `appId` and `region`, as in a browser (used by `pnpm conformance` against a real app).
   */
  url?: string;
  /** Default {@link DEV_APP_ID}. */
  appId?: string;
  /** Default `us`; only decorative against the emulator. */
  region?: string;
}

let sdk: CometChatSdk | undefined;
let target: { url: string | undefined; appId: string } | undefined;

/** Sends the SDK's `https://…` requests to the emulator (if any) and drops `referrer`, which Node's fetch rejects. */
function installFetchRewrite(nodeFetch: typeof fetch) {
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!target || !url.startsWith('https://')) return nodeFetch(input, init);
    const { referrer: _referrer, ...rest } = init ?? {};
    if (!target.url) return nodeFetch(input, rest);
    const path = url.replace(/^https:\/\/[^/]+/, '');
    return nodeFetch(target.url + path, rest);
  };
}

/**
 * Loads the official `@cometchat/chat-sdk-javascript` (4.2.0) in Node, pointed at an emulator, and returns
 * its `CometChat` namespace, initialised (`autoEstablishSocketConnection(false)`: no WebSockets).
 *
 * Before requiring the SDK it installs browser stand-ins on `globalThis` (`window`, `localStorage`,
 * `navigator`, `document`, `location`, `screen`, `matchMedia`) and wraps `globalThis.fetch` so every
 * `https://` URL the SDK builds goes to `url`. There is one SDK module per process (vitest runs each test file
 * in its own worker, so one per file): calling again with another `url` or `appId` re-initialises it and
 * logs the SDK out of the old one first. Requires the optional peer dependency `@cometchat/chat-sdk-javascript`.
 *
 * @example
 * ```ts
 * import { startEmulator } from '@profilekit/emulator';
 * import { loadCometChatSdk } from '@profilekit/emulator/testing';
 *
 * const server = await startEmulator({ port: 0 });
 * const CometChat = await loadCometChatSdk({ url: server.url });
 * const user = await CometChat.login('superhero1', server.authKey);
 * ```
 */
export async function loadCometChatSdk({
  url,
  appId = DEV_APP_ID,
  region = 'us',
}: LoadCometChatSdkOptions): Promise<CometChatSdk> {
  const next = { url: url?.replace(/\/+$/, ''), appId };
  if (sdk && target && target.url === next.url && target.appId === next.appId) return sdk;
  installBrowserGlobals();
  if (!sdk) {
    installFetchRewrite(globalThis.fetch.bind(globalThis));
    const require = createRequire(import.meta.url);
    sdk = (require('@cometchat/chat-sdk-javascript') as typeof CometChatModule).CometChat;
  }
  if (target) {
    // Log out against the old emulator (it may be gone: the SDK forgets its user either way).
    await sdk.logout().catch(() => undefined);
    clearBrowserStorage();
  }
  target = next;
  let builder = new sdk.AppSettingsBuilder().setRegion(region).autoEstablishSocketConnection(false);
  if (next.url) {
    const host = new URL(next.url).host;
    builder = builder.overrideAdminHost(host).overrideClientHost(host);
  }
  const settings = builder.build();
  await sdk.init(appId, settings);
  return sdk;
}
export { type EmulatorProcess, startEmulatorProcess } from './process';
