import { ProfileKitError } from '../errors';

/** The globals that tell a browser from a server. */
export interface RuntimeGlobals {
  window?: unknown;
  document?: unknown;
  process?: { versions?: { node?: string } };
}

/**
 * `true` in a browser page: `window` and `document` exist and no Node (or Bun, Deno's Node
 * compatibility) runtime does. jsdom and SSR shims in Node count as servers.
 *
 * @example
 * ```ts
 * isBrowser(globalThis); // false in Node, true in a page
 * ```
 */
export function isBrowser(globals: RuntimeGlobals): boolean {
  return globals.window !== undefined && globals.document !== undefined && !globals.process?.versions?.node;
}

/**
 * Throws when running in a browser: the REST API key grants full access to your CometChat app
 * (delete users, issue tokens for anyone) and must never be shipped to one.
 *
 * @example
 * ```ts
 * assertServerSide(globalThis); // throws ERR_REST_CLIENT_IN_BROWSER in a page
 * ```
 */
export function assertServerSide(globals: RuntimeGlobals): void {
  if (!isBrowser(globals)) return;
  throw new ProfileKitError(
    'createRestClient() refuses to run in a browser: the REST API key it needs grants full access to your ' +
      'CometChat app and must stay on your server. In the browser use createHttpClient() with the Auth Key ' +
      'or an auth token, or createSdkClient(CometChat); create users on your backend.',
    { code: 'ERR_REST_CLIENT_IN_BROWSER' },
  );
}
