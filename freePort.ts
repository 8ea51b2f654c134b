import { createServer } from 'node:net';

/**
 * A TCP port free on 127.0.0.1 right now, for a server that must be told its port up front (`vite
 * preview`, `next start`). Used by the end-to-end set-ups of apps/demo and apps/next-example.
 */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
