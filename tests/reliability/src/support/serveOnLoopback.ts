import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ProfileKitHandler } from '@profilekit/server';
import { toNodeHandler } from '@profilekit/server/node';

/** A handler served over real HTTP on a free loopback port, as `toNodeHandler` mounts it in an app. */
export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves `handler` on 127.0.0.1 with a free port through `toNodeHandler`, so tests reach it as a browser or an
 * attacker would: over a socket, with a peer address.
 *
 * @example
 * ```ts
 * const backend = await serveOnLoopback(createProfileKitHandler({ target, restApiKey, basePath: '/api' }));
 * await fetch(`${backend.origin}/api/session`, { method: 'DELETE' });
 * await backend.close();
 * ```
 */
export async function serveOnLoopback(handler: ProfileKitHandler): Promise<LoopbackServer> {
  const server = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
