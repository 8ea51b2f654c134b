import { ProfileKitError } from '../errors';

let warned = false;

/** Why the Auth Key has one home, in the warning and in the error of a production build. */
const DEVELOPMENT_ONLY =
  'withDevAuthKey is for development only; production builds refuse it: create users and auth tokens on your backend (@profilekit/server)';

/** `true` in a production build: `import.meta.env.PROD` (Vite and friends) or `NODE_ENV=production`. */
export function isProductionBuild(): boolean {
  const meta = import.meta as { env?: { PROD?: boolean } };
  if (meta.env?.PROD === true) return true;
  return typeof process !== 'undefined' && process.env?.NODE_ENV === 'production';
}

/**
 * The Auth Key {@link withDevAuthKey} may use. With a key, warns once that it is for development only; in a
 * production build it throws, because an Auth Key in a browser bundle lets anyone create users and log in as anyone.
 *
 * @example
 * ```ts
 * const authKey = devAuthKeyOf(import.meta.env.VITE_COMETCHAT_AUTH_KEY); // warns once
 * ```
 */
export function devAuthKeyOf(key: string | undefined): string | undefined {
  if (!key) return undefined;
  if (isProductionBuild()) {
    throw new ProfileKitError(DEVELOPMENT_ONLY, { code: 'ERR_DEV_AUTH_KEY_IN_PRODUCTION' });
  }
  if (!warned) {
    warned = true;
    console.warn(`profilekit: ${DEVELOPMENT_ONLY}`);
  }
  return key;
}
