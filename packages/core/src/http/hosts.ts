/**
 * Where a client sends its requests: your CometChat app by id and region (CometChat's cloud over
 * https), or one base URL serving every endpoint (the emulator, a proxy).
 */
export type CometChatTarget = { appId: string; region: string } | { baseUrl: string; appId?: string };

/** The two hosts of the wire protocol and the app id sent in the `appId` header. */
export interface Hosts {
  /** Endpoints called with a key in the `apikey` header: create, update, auth tokens, admin reads. */
  admin: string;
  /** Endpoints called with the `authToken` of a logged-in user: `/me`, reads, blocking. */
  client: string;
  appId: string | undefined;
  /** `true` for a base URL you chose: never replaced by the hosts a login's `settings` name. */
  fixed?: boolean;
}

/**
 * The admin and client URLs of a target: `https://{appId}.api-{region}.cometchat.io/v3` and
 * `https://{appId}.apiclient-{region}.cometchat.io/v3.0` (as the official SDK builds them), or the
 * base URL for both. After a login the clients move to the hosts CometChat names in its `settings`
 * (`hostsFromSettings`), as the official SDK does.
 *
 * @example
 * ```ts
 * resolveHosts({ appId: 'abc123', region: 'eu' }).client; // 'https://abc123.apiclient-eu.cometchat.io/v3.0'
 * resolveHosts({ baseUrl: 'http://127.0.0.1:5174/' }).admin; // 'http://127.0.0.1:5174'
 * ```
 */
export function resolveHosts(target: CometChatTarget): Hosts {
  if ('baseUrl' in target) {
    const base = target.baseUrl.replace(/\/+$/, '');
    return { admin: base, client: base, appId: target.appId, fixed: true };
  }
  const { appId, region } = target;
  return {
    admin: `https://${appId}.api-${region}.cometchat.io/v3`,
    client: `https://${appId}.apiclient-${region}.cometchat.io/v3.0`,
    appId,
  };
}
