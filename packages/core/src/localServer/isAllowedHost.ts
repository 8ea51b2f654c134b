import { hostName, loopbackHosts } from './loopbackHosts';

/**
 * `true` when a request's `Host` header names this machine — `localhost`, `127.0.0.1` or `[::1]`, any
 * port — or one of `allowedHosts` (names, any port; `'*'` for any). A local server that checks it cannot
 * be reached through DNS rebinding: a page of `attacker.example` whose name the attacker re-points to
 * 127.0.0.1 still sends `Host: attacker.example`.
 *
 * @example
 * ```ts
 * isAllowedHost('localhost:3939'); // true
 * isAllowedHost('attacker.example:3939'); // false
 * isAllowedHost('devbox.lan', ['devbox.lan']); // true
 * ```
 */
export function isAllowedHost(host: string, allowedHosts: readonly string[] | '*' = []): boolean {
  if (allowedHosts === '*') return true;
  const name = hostName(host);
  if (name === undefined) return false;
  return loopbackHosts.includes(name) || allowedHosts.some((allowed) => allowed.toLowerCase() === name);
}
