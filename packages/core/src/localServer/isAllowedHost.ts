import { hostName, loopbackHosts } from './loopbackHosts';

/** How {@link isAllowedHost} reads its list. */
export interface AllowedHostOptions {
  /** Whether this machine's names (`localhost`, `127.0.0.1`, `[::1]`) pass without being listed; default `true`. */
  loopback?: boolean;
}

/**
 * `true` when a request's `Host` header names this machine — `localhost`, `127.0.0.1` or `[::1]`, any
 * port (unless `loopback: false`) — or one of `allowedHosts`: a name matches any port, a `name:port`
 * only that port; `'*'` allows any. A server that checks it cannot be reached through DNS rebinding: a
 * page of `attacker.example` whose name the attacker re-points to 127.0.0.1 still sends
 * `Host: attacker.example`. The one host check of the emulator, the demo backend and `@profilekit/server`.
 *
 * @example
 * ```ts
 * isAllowedHost('localhost:3939'); // true
 * isAllowedHost('attacker.example:3939'); // false
 * isAllowedHost('devbox.lan', ['devbox.lan']); // true
 * isAllowedHost('api.example:9000', ['api.example:8443'], { loopback: false }); // false
 * ```
 */
export function isAllowedHost(
  host: string,
  allowedHosts: readonly string[] | '*' = [],
  { loopback = true }: AllowedHostOptions = {},
): boolean {
  if (allowedHosts === '*') return true;
  const name = hostName(host);
  if (name === undefined) return false;
  const withPort = host.trim().toLowerCase();
  if (loopback && loopbackHosts.includes(name)) return true;
  return allowedHosts.some((allowed) => {
    const entry = allowed.toLowerCase();
    return entry === name || entry === withPort;
  });
}
