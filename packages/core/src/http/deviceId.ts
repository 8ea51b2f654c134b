import { randomId } from './clientIdentity';

const KEY = 'profilekit:deviceId';
let inMemory: string | undefined;

/**
 * This browser's device id, as the official SDK keeps one: `{appId}_{uuid}_{ms}`, created once and kept in
 * `localStorage` (so every client and every reload of the app in this browser sends the same one). Where
 * storage is unavailable (Node, private mode) it lives as long as the page or process.
 *
 * @example
 * ```ts
 * browserDeviceId('abc123'); // 'abc123_0b7c…_1767225600000', the same on the next call and after a reload
 * ```
 */
export function browserDeviceId(appId = 'profilekit'): string {
  try {
    const stored = globalThis.localStorage?.getItem(KEY);
    if (stored) return stored;
  } catch {}
  inMemory ??= `${appId}_${randomId()}_${Date.now()}`;
  try {
    globalThis.localStorage?.setItem(KEY, inMemory);
  } catch {}
  return inMemory;
}
