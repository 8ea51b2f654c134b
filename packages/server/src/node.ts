import type { IncomingMessage, ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { ProfileKitHandler } from './options';

/**
 * Adapts the handler to Node's `http` (and Express, Fastify's raw mode…): a `(req, res)` listener that
 * turns the Node request into a web `Request`, passes the socket's address as the client IP for rate
 * limits, and writes the `Response` back. Needs `@hono/node-server` (an optional peer dependency).
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { toNodeHandler } from '@profilekit/server/node';
 *
 * createServer(toNodeHandler(profilekit)).listen(3940);
 * ```
 */
export function toNodeHandler(
  handler: ProfileKitHandler,
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  return getRequestListener((request, env) => handler(request, { clientIp: env.incoming.socket.remoteAddress }));
}
