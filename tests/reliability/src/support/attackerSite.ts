import { createServer, request, type Server } from 'node:http';

/** A web site on 127.0.0.1 that Chromium reaches as `http://<name>:<port>` (see {@link chromiumResolving}). */
export interface AttackerSite {
  /** `http://evil.test:<port>` */
  origin: string;
  port: number;
  close(): Promise<void>;
}

/** Chromium's flag that resolves each name to 127.0.0.1, as a DNS answer from the attacker would. */
export const chromiumResolving = (...names: string[]) =>
  `--host-resolver-rules=${names.map((name) => `MAP ${name} 127.0.0.1`).join(',')}`;

/**
 * Serves an empty page at `/` for any Host. With `rebindTo`, every other path is passed on to that
 * local port with the browser's headers untouched (its `Host` too): what a DNS-rebinding attack
 * achieves once the attacker's name resolves to 127.0.0.1 — the page and the local server share one origin.
 *
 * @example
 * ```ts
 * const site = await startAttackerSite('evil.test', { rebindTo: emulatorPort });
 * await page.goto(`${site.origin}/`); // then page.evaluate(() => fetch('/v3/users', …))
 * ```
 */
export async function startAttackerSite(name: string, { rebindTo }: { rebindTo?: number } = {}): Promise<AttackerSite> {
  const server: Server = createServer((incoming, outgoing) => {
    if (incoming.url === '/' || rebindTo === undefined) {
      outgoing.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>a page on the web</title>');
      return;
    }
    const forwarded = request(
      { host: '127.0.0.1', port: rebindTo, method: incoming.method, path: incoming.url, headers: incoming.headers },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.writeHead(502).end());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://${name}:${port}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
