import type { Hosts } from './hosts';

/** The part of the `settings` CometChat returns with a login (`PUT /me`) that says where its API lives. */
export interface HostSettings {
  ADMIN_API_HOST?: unknown;
  CLIENT_API_HOST?: unknown;
  CHAT_API_VERSION?: unknown;
}

// A bare host name (optionally with a port) and a version segment: nothing that could redirect a request elsewhere.
const HOST = /^[\w.-]+(:\d+)?$/;
const VERSION = /^v[\d.]+$/;

/**
 * The hosts the official SDK switches to after a login: `https://{ADMIN_API_HOST}/{CHAT_API_VERSION}` and
 * `https://{CLIENT_API_HOST}/{CHAT_API_VERSION}` from the `settings` of the `PUT /me` answer. Keeps the
 * current hosts when the settings lack a host or the version, when a value is not a bare host name, or when
 * the hosts are a base URL you chose (the emulator, a proxy), which are never replaced.
 *
 * @example
 * ```ts
 * hostsFromSettings(resolveHosts({ appId: 'abc', region: 'eu' }), {
 *   ADMIN_API_HOST: 'abc.api-eu.cometchat.io', CLIENT_API_HOST: 'abc.apiclient-eu.cometchat.io', CHAT_API_VERSION: 'v3.0',
 * }).admin; // 'https://abc.api-eu.cometchat.io/v3.0'
 * ```
 */
export function hostsFromSettings(current: Hosts, settings: HostSettings | null | undefined): Hosts {
  const { ADMIN_API_HOST: admin, CLIENT_API_HOST: client, CHAT_API_VERSION: version } = settings ?? {};
  const valid = HOST.test(String(admin)) && HOST.test(String(client)) && VERSION.test(String(version));
  return current.fixed || !valid
    ? current
    : { ...current, admin: `https://${admin}/${version}`, client: `https://${client}/${version}` };
}
