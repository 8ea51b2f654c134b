import type {
  AdminUserClient,
  RequestOptions,
  SignupRequest,
  SignupResult,
  TokenStore,
  UserClient,
} from '@profilekit/core';
import * as core from '@profilekit/core';

/** The demo's client: CometChat for what a user does to themselves, your backend (`/api`) for the rest. */
export type DemoClient = AdminUserClient & {
  signup(request: SignupRequest, options?: RequestOptions): Promise<SignupResult>;
  isUidAvailable(uid: string, options?: RequestOptions): Promise<boolean>;
  startSession(credentials: Record<string, unknown>, options?: RequestOptions): Promise<SignupResult>;
};

interface BackendClientContract {
  createBackendClient(options: { baseUrl: string; getAuthToken: TokenStore['get'] }): unknown;
  withBackend(cometChat: UserClient, backend: unknown): DemoClient;
}

// TODO(merge): core's createBackendClient and withBackend land with the `server` branch. Until then
// they are read by name so this branch compiles; once merged, import them from '@profilekit/core',
// type the result as core's BackendUserClient, and delete this adapter.
const backendContract = core as unknown as Partial<BackendClientContract>;

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
  const { createBackendClient, withBackend } = backendContract;
  if (!createBackendClient || !withBackend) {
    throw new Error('profilekit demo: @profilekit/core has no createBackendClient/withBackend yet (server branch).');
  }
  const backend = createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() });
  return withBackend(cometChat, backend);
}
