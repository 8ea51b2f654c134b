import type { RequestOptions } from '../client';
import { clientHeaders } from './clientIdentity';
import type { Hosts } from './hosts';
import { type HostSettings, hostsFromSettings } from './hostsFromSettings';
import type { Send, WireRequest, WireResponse } from './request';

type Method = WireRequest['method'];

/** Per-call options of a wire call: the caller's signal, the JSON body, more secrets to mask (a token in the path). */
export interface CallOptions extends RequestOptions {
  body?: unknown;
  secrets?: readonly string[];
}

/** The two kinds of call of the wire protocol. */
export interface WireCalls {
  /** An admin endpoint with a key (Auth Key or REST API key) in the `apikey` header. */
  withKey<T>(method: Method, path: string, key: string | undefined, options?: CallOptions): Promise<WireResponse<T>>;
  /** A client endpoint as a logged-in user: `authToken` and `appId` headers. */
  withToken<T>(method: Method, path: string, authToken: string, options?: CallOptions): Promise<WireResponse<T>>;
  /** Moves to the hosts a login's `settings` name, as the official SDK does (see `hostsFromSettings`). */
  adoptSettings(settings: HostSettings | null | undefined): void;
  /** The app id these calls send in the `appId` header. */
  readonly appId: string | undefined;
}

/**
 * Binds a transport to the admin and client hosts, putting each credential in its header and
 * in the request's secrets (so errors never show it). Every request carries `appId` and, like the
 * SDK's, a `resource` (this client's session) and an `sdk` header.
 *
 * @example
 * ```ts
 * const calls = createWireCalls(createSend(), resolveHosts({ baseUrl }));
 * const { data } = await calls.withKey('GET', '/users/usr1', restApiKey);
 * ```
 */
export function createWireCalls(send: Send, initialHosts: Hosts): WireCalls {
  let hosts = initialHosts;
  const identity = clientHeaders();
  const call = <T>(
    method: Method,
    url: string,
    credential: Record<string, string | undefined>,
    secret: string | undefined,
    { signal, body, secrets = [] }: CallOptions = {},
  ) =>
    send<T>({
      method,
      url,
      headers: { ...credential, appId: hosts.appId, ...identity },
      body,
      secrets: [secret, ...secrets],
      signal,
    });
  return {
    withKey: (method, path, key, options) => call(method, hosts.admin + path, { apikey: key }, key, options),
    withToken: (method, path, authToken, options) =>
      call(method, hosts.client + path, { authToken }, authToken, options),
    adoptSettings(settings) {
      hosts = hostsFromSettings(hosts, settings);
    },
    appId: initialHosts.appId,
  };
}
