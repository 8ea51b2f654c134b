import { PROFILEKIT_SDK } from './clientIdentity';

/** The body of a login (`PUT /me`, and `POST /users/{uid}/auth_tokens` with the Auth Key), as the SDK sends it. */
export interface LoginBody {
  /** `WEB`, the platform the official JavaScript SDK 4.2.0 reports (its `sdk` header says `javascript`). */
  platform: 'WEB';
  deviceId: string;
  appInfo: { version: string; apiVersion: string; userAgent: string };
}

/**
 * What a login tells CometChat about the client, shaped like the official SDK's login body:
 * `{ platform: 'WEB', deviceId, appInfo: { version, apiVersion: 'v3.0', userAgent } }`, with
 * profilekit's version where the SDK puts its own.
 *
 * @example
 * ```ts
 * loginBody(browserDeviceId('abc123')); // { platform: 'WEB', deviceId: 'abc123_…', appInfo: { version: 'profilekit@0.1.0', … } }
 * ```
 */
export function loginBody(deviceId: string): LoginBody {
  const userAgent = (globalThis as { navigator?: { userAgent?: string } }).navigator?.userAgent ?? '';
  return {
    platform: 'WEB',
    deviceId,
    appInfo: { version: PROFILEKIT_SDK, apiVersion: 'v3.0', userAgent },
  };
}
