/**
 * The emulator for browsers and bundlers: the HTTP app over the memory store, with no Node
 * built-ins (no SQLite, no server). Storybook, in-browser demos and jsdom tests use this entry.
 *
 * @example
 * ```ts
 * import { createEmulator } from '@profilekit/emulator/browser';
 * import { createHttpClient } from '@profilekit/core';
 * import { withDevAuthKey } from '@profilekit/core/dev';
 *
 * const emulator = createEmulator();
 * const client = withDevAuthKey(createHttpClient({ baseUrl: 'http://emulator.local' }, { fetch: emulator.fetch }), emulator.authKey);
 * ```
 *
 * @module
 */
export { DEV_APP_ID, DEV_AUTH_KEY, DEV_REST_API_KEY } from './constants';
export { createEmulator, type Emulator, type EmulatorOptions } from './emulator';
export type { RateLimit } from './http/rateLimit';
export { createMemoryStore } from './store/memory';
export type { StoredAuthToken, StoredUser, UserStore } from './store/types';
export type { UserPage, UserQuery } from './store/userQuery';
export { type SeedResult, seedUsers } from './users/seed';
