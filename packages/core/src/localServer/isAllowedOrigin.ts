import { loopbackHosts } from './loopbackHosts';

/**
 * `true` when a page of `origin` (a request's `Origin` header) may call a local server: a page served
 * from this machine (`http(s)://localhost`, `127.0.0.1` or `[::1]`, any port — the demo, Vite, Storybook),
 * or one of `corsOrigins` (exact origins; `'*'` for any). `null` (sandboxed frames, files) never is, unless `'*'`.
 *
 * @example
 * ```ts
 * isAllowedOrigin('http://localhost:5173'); // true
 * isAllowedOrigin('https://attacker.example'); // false
 * isAllowedOrigin('https://devbox.lan:5173', ['https://devbox.lan:5173']); // true
 * ```
 */
export function isAllowedOrigin(origin: string, corsOrigins: readonly string[] | '*' = []): boolean {
  if (corsOrigins === '*') return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (loopbackHosts.includes(url.hostname)) return true;
  return corsOrigins.some((allowed) => {
    try {
      return new URL(allowed).origin === url.origin;
    } catch {
      return false;
    }
  });
}
