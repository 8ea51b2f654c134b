// One instance of the server handler for `scripts/bench/stores.mjs`, over HTTP on a free loopback port, on the
// memory store or a Redis store, in front of the bench emulator. Prints `{"url":…}`.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { toNodeHandler } from '@profilekit/server/node';
import { benchHandler } from './benchHandler';

const { values } = parseArgs({
  options: {
    store: { type: 'string', default: 'memory' },
    'redis-url': { type: 'string' },
    'target-url': { type: 'string', default: '' },
    'app-id': { type: 'string', default: '' },
    'rest-api-key': { type: 'string', default: '' },
  },
});
const target = { url: values['target-url'], appId: values['app-id'], restApiKey: values['rest-api-key'] };
const { handler } = await benchHandler(values.store === 'redis' ? 'redis' : 'memory', target, values['redis-url']);
const server = createServer(toNodeHandler(handler));
server.keepAliveTimeout = 30_000;
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
console.log(JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
