export { createHttpClient, type HttpClientOptions } from './createHttpClient';
export type { CometChatTarget } from './hosts';
export type { TransportOptions } from './request';
export type { RetryOptions } from './retry';
export { localStorageTokenStore, memoryTokenStore, type TokenStore } from './tokenStore';
