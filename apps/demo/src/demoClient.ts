import type { TokenStore, UserClient } from '@profilekit/core';
import { type BackendUserClient, createBackendClient, withBackend } from '@profilekit/core/backend';

/** The demo's client: CometChat for what a user does to themselves, your backend (`/api`) for the rest. */
export type DemoClient = BackendUserClient;

/**
 * `withBackend(cometChat, createBackendClient({ baseUrl: '/api', getAuthToken }))`: the browser sends
 * `Authorization: Bearer <the user's auth token>` to the admin routes; the REST API key stays on the server.
 *
 * @example
 * ```ts
 * const client = withDemoBackend(createHttpClient(target, { tokenStore: tokens }), tokens);
 * ```
 */
export function withDemoBackend(cometChat: UserClient, tokens: TokenStore): DemoClient {
  const backend = createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() });
  return withBackend(cometChat, backend);
}
