import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { ProfileKitHandler } from './options';

/** Options of {@link toNodeHandler}. */
export interface NodeHandlerOptions {
  /**
   * Milliseconds a request's body may take to arrive once its headers have; default 30 000. A slower one
   * (a slowloris client sending a byte now and then) gets 408 and its connection is closed.
   */
  requestTimeoutMs?: number;
}

/** Options of {@link createNodeServer}. */
export interface NodeServerOptions extends NodeHandlerOptions {
  /** Milliseconds a client may take to send its request headers; default 10 000. */
  headersTimeoutMs?: number;
}

const TIMED_OUT = JSON.stringify({
  error: { code: 'ERR_REQUEST_TIMEOUT', message: 'The request took too long to arrive.' },
});

/**
 * Adapts the handler to Node's `http` (and Express, Fastify's raw mode…): a `(req, res)` listener that
 * turns the Node request into a web `Request`, passes the socket's address as the client IP for rate
 * limits, and writes the `Response` back. A body that has not arrived `requestTimeoutMs` after its headers
 * gets 408 and the connection closes (Node's own default waits 300 s). Slow *headers* never reach a
 * listener: set your server's `headersTimeout`, or use {@link createNodeServer}, which does. Needs
 * `@hono/node-server` (an optional peer dependency).
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { toNodeHandler } from '@profilekit/server/node';
 *
 * const server = createServer(toNodeHandler(profilekit));
 * server.headersTimeout = 10_000;
 * server.listen(3940);
 * ```
 */
export function toNodeHandler(
  handler: ProfileKitHandler,
  { requestTimeoutMs = 30_000 }: NodeHandlerOptions = {},
): (request: IncomingMessage, response: ServerResponse) => Promise<void> {
  const listener = getRequestListener((request, env) =>
    handler(request, { clientIp: env.incoming.socket.remoteAddress }),
  );
  return (request, response) => {
    const deadline = setTimeout(() => {
      if (request.complete) return;
      if (!response.headersSent) {
        response.writeHead(408, { 'content-type': 'application/json', connection: 'close' });
      }
      response.end(TIMED_OUT, () => request.socket.destroy());
    }, requestTimeoutMs);
    deadline.unref();
    response.once('close', () => clearTimeout(deadline));
    return listener(request, response);
  };
}

/**
 * A Node `http` server for the handler, with timeouts a public server needs: request headers within
 * `headersTimeoutMs` (default 10 s), the whole request within `requestTimeoutMs` (default 30 s), checked every
 * second; a slowloris client is cut off instead of holding a connection for minutes.
 *
 * @example
 * ```ts
 * import { createNodeServer } from '@profilekit/server/node';
 *
 * createNodeServer(profilekit).listen(3940);
 * ```
 */
export function createNodeServer(handler: ProfileKitHandler, options: NodeServerOptions = {}): Server {
  const { headersTimeoutMs = 10_000, requestTimeoutMs = 30_000 } = options;
  return createServer(
    {
      headersTimeout: headersTimeoutMs,
      requestTimeout: Math.max(requestTimeoutMs, headersTimeoutMs),
      connectionsCheckingInterval: Math.min(1000, headersTimeoutMs),
    },
    toNodeHandler(handler, { requestTimeoutMs }),
  );
}
