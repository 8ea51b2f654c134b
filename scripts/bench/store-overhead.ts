// The Redis store's cost per request: the same handler called in-process (no HTTP, so a busy machine's
// scheduling of a third process does not count) on the memory store and on Redis, sequentially; overhead =
// the difference of the p50s. Fails when it exceeds 1 ms. Args: --target-url --app-id --rest-api-key
// --auth-token --redis-url --count.
import { parseArgs } from 'node:util';
import { benchHandler } from './benchHandler';

const { values } = parseArgs({
  options: {
    'target-url': { type: 'string', default: '' },
    'app-id': { type: 'string', default: '' },
    'rest-api-key': { type: 'string', default: '' },
    'auth-token': { type: 'string', default: '' },
    'redis-url': { type: 'string', default: '' },
    count: { type: 'string', default: '1000' },
  },
});
const target = { url: values['target-url'], appId: values['app-id'], restApiKey: values['rest-api-key'] };
const count = Number(values.count);
const routes: Record<string, { expect: number; request: () => Request }> = {
  'POST /session (wrong password)': {
    expect: 401,
    request: () =>
      new Request('http://bench.test/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'user1', password: 'not-the-password' }),
      }),
  },
  'GET /users': {
    expect: 200,
    request: () =>
      new Request('http://bench.test/api/users?limit=10', {
        headers: { authorization: `Bearer ${values['auth-token']}` },
      }),
  },
};

const p50s: Record<string, Record<string, number>> = {};
for (const kind of ['memory', 'redis'] as const) {
  const { handler, close } = await benchHandler(kind, target, values['redis-url']);
  for (const [name, route] of Object.entries(routes)) {
    const times: number[] = [];
    for (let n = 0; n < count + 50; n++) {
      const started = performance.now();
      const answer = await handler(route.request(), { clientIp: '127.0.0.1' });
      await answer.arrayBuffer();
      if (answer.status !== route.expect) throw new Error(`${name} on ${kind}: ${answer.status}`);
      if (n >= 50) times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    p50s[name] = { ...p50s[name], [kind]: times[Math.floor(times.length / 2)] ?? 0 };
  }
  await close();
}

console.log(`\nRedis overhead per request at p50 (${count} sequential in-process calls per cell, loopback Redis)\n`);
console.log('| route | memory p50 ms | Redis p50 ms | overhead ms |');
console.log('| --- | ---: | ---: | ---: |');
let worst = 0;
for (const [name, { memory = 0, redis = 0 }] of Object.entries(p50s)) {
  worst = Math.max(worst, redis - memory);
  console.log(`| ${name} | ${memory.toFixed(3)} | ${redis.toFixed(3)} | ${(redis - memory).toFixed(3)} |`);
}
if (worst > 1) {
  console.error(`\nThe Redis store adds ${worst.toFixed(3)} ms per request at p50: over the 1 ms budget.`);
  process.exit(1);
}
