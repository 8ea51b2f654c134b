export { DEV_APP_ID, DEV_AUTH_KEY, DEV_REST_API_KEY } from './constants';
export { createEmulator, DEFAULT_PRESENCE_TIMEOUT_SECONDS, type Emulator, type EmulatorOptions } from './emulator';
export type { RateLimit } from './http/rateLimit';
export { type RunningEmulator, type StartEmulatorOptions, startEmulator } from './start';
export { createMemoryStore } from './store/memory';
export { createSqliteStore } from './store/sqlite';
export type { StoredAuthToken, StoredUser, UserStore } from './store/types';
export type { UserPage, UserQuery } from './store/userQuery';
export { type SeedResult, seedUsers } from './users/seed';
