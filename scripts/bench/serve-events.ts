// A benchmark target: one @profilekit/server handler (memory store) over an in-process emulator, in its own
// process so its memory is measured alone. Callers are named by their Bearer value (`authorize` hook: the
// bench measures streams, not token checks); `Bearer admin` is an admin. Prints one JSON line: { api, uid }.
// Answers IPC `memory` with its heap and RSS after a full GC, `cpu` with its CPU time so far.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createEmulator } from '../../packages/emulator/src/index.ts';
import { createProfileKitHandler } from '../../packages/server/src/index.ts';
import { toNodeHandler } from '../../packages/server/src/node.ts';

const emulator = createEmulator({ rateLimit: false, presenceTimeout: 0 });
await emulator.fetch(
  new Request('http://emulator/v3/users', {
    method: 'POST',
    headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ uid: 'bench-user', name: 'Before' }),
  }),
);
const handler = createProfileKitHandler({
  target: { baseUrl: 'http://emulator', appId: emulator.appId },
  restApiKey: emulator.restApiKey,
  transport: { fetch: (input, init) => emulator.fetch(new Request(input, init)) },
  basePath: '/api',
  rateLimit: false,
  authorize: async (request) => {
    const name = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
    return name ? { uid: name, role: name === 'admin' ? 'admin' : 'default' } : null;
  },
});
const server = createServer(toNodeHandler(handler));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(JSON.stringify({ api: `http://127.0.0.1:${port}/api`, uid: 'bench-user' }));
});
process.on('message', (message) => {
  if (message === 'cpu') {
    const { user, system } = process.cpuUsage();
    process.send?.({ cpuMs: (user + system) / 1000 });
    return;
  }
  if (message !== 'memory') return;
  globalThis.gc?.();
  const { heapUsed, rss } = process.memoryUsage();
  process.send?.({ heapUsed, rss });
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
