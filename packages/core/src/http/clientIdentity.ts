/** profilekit's version, as it names itself to CometChat (kept equal to package.json by a test). */
export const PROFILEKIT_VERSION = '0.1.0';

/** How profilekit names itself where the SDK says `javascript@4.2.0` (`sdk` header) or `v4.2.0` (login body). */
export const PROFILEKIT_SDK = `profilekit@${PROFILEKIT_VERSION}`;

/** A random id: `crypto.randomUUID()` where there is one (secure contexts), random hex otherwise. */
export const randomId = (): string => globalThis.crypto?.randomUUID?.() ?? Math.random().toString(16).slice(2);

/**
 * The headers the official SDK sends on every request, with profilekit's own values: `resource` (one id
 * per client, like the SDK's session id `WEB-4_2_0-<uuid>-<ms>`) and `sdk` ({@link PROFILEKIT_SDK}).
 *
 * @example
 * ```ts
 * clientHeaders(); // { resource: 'PROFILEKIT-3f2b…-1767225600000', sdk: 'profilekit@0.1.0' }
 * ```
 */
export function clientHeaders(): { resource: string; sdk: string } {
  return {
    resource: `PROFILEKIT-${randomId()}-${Date.now()}`,
    sdk: PROFILEKIT_SDK,
  };
}
