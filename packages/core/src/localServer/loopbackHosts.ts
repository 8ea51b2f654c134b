/** The names of this machine that a DNS answer from elsewhere can never stand for. */
export const loopbackHosts: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

/** The host name of a `Host` header (`name`, `name:port`, `[v6]`, `[v6]:port`), lowercased; `undefined` when malformed. */
export function hostName(host: string): string | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[^:[\]]+)(?::(\d{1,5}))?$/i.exec(host.trim());
  return match?.[1]?.toLowerCase();
}
