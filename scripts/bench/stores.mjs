// The server handler's requests per second for POST /session (a wrong password: limits and lockout counters)
// and GET /users (an admin list: the token cache) on the memory store vs the Redis store, with one and two
// instances (each its own process; autocannon spreads its connections over them); then the Redis store's
// overhead per request (scripts/bench/store-overhead.ts), which fails the run above 1 ms at p50.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { startServer, stopServer } from './servers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SEQUENTIAL = Number(process.env.BENCH_SEQUENTIAL ?? 1000);

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function startRedis(dir) {
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--dir', dir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
    child.stdout.on('data', (chunk) => chunk.toString().includes('Ready to accept') && resolve());
  });
  return { url: `redis://127.0.0.1:${port}`, child };
}

function startInstance(store, emulator, redisUrl) {
  const args = ['exec', 'tsx', '--conditions=@profilekit/source', 'scripts/bench/serve-handler.ts'];
  const options = ['--store', store, '--redis-url', redisUrl, '--target-url', emulator.url];
  options.push('--app-id', emulator.appId, '--rest-api-key', emulator.restApiKey);
  const child = spawn('pnpm', [...args, ...options], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`handler (${store}) exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve({ ...JSON.parse(line), child }));
  });
}

const routes = (emulator) => ({
  'POST /session (wrong password)': {
    method: 'POST',
    path: '/api/session',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'user1', password: 'not-the-password' }),
    expect: 401,
  },
  'GET /users': {
    method: 'GET',
    path: '/api/users?limit=10',
    headers: { authorization: `Bearer ${emulator.authToken}` },
    expect: 200,
  },
});

async function throughput(urls, { expect, ...route }) {
  const result = await autocannon({
    url: urls.map((url) => url + route.path),
    duration: DURATION,
    connections: CONNECTIONS * urls.length,
    method: route.method,
    headers: route.headers,
    body: route.body,
    expectBody: undefined,
  });
  const expected = expect === 401 ? (result.statusCodeStats?.['401']?.count ?? 0) : result['2xx'];
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    unexpected: result.requests.total - expected,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'profilekit-bench-stores-'));
const emulator = await startServer('emulator', 1000, dir);
const redis = await startRedis(dir);
const rows = [];
let status = 1;
try {
  for (const [name, route] of Object.entries(routes(emulator))) {
    for (const store of ['memory', 'redis']) {
      const instances = [
        await startInstance(store, emulator, redis.url),
        await startInstance(store, emulator, redis.url),
      ];
      const one = await throughput([instances[0].url], route);
      const two = await throughput(
        instances.map((instance) => instance.url),
        route,
      );
      rows.push({ route: name, store, one, two });
      for (const instance of instances) await stopServer(instance);
    }
  }
  printTable();
  const args = ['--target-url', emulator.url, '--app-id', emulator.appId, '--rest-api-key', emulator.restApiKey];
  args.push('--auth-token', emulator.authToken, '--redis-url', redis.url, '--count', String(SEQUENTIAL));
  const tsx = ['exec', 'tsx', '--conditions=@profilekit/source', 'scripts/bench/store-overhead.ts'];
  status = spawnSync('pnpm', [...tsx, ...args], { cwd: root, stdio: 'inherit' }).status ?? 1;
} finally {
  await stopServer(emulator);
  redis.child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);

function printTable() {
  const load = os.loadavg()[0].toFixed(1);
  console.log(
    `${DURATION} s per cell, ${CONNECTIONS} connections per instance, load average ${load} on ${os.cpus().length} cores`,
  );
  console.log('unexpected = answers other than 401 (session) / 200 (users)\n');
  console.log('| route | store | 1 instance req/s | 2 instances req/s | p50 ms (1 / 2) | unexpected |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: |');
  for (const { route, store, one, two } of rows) {
    const cells = [route, store, one.rps, two.rps, `${one.p50} / ${two.p50}`, one.unexpected + two.unexpected];
    console.log(`| ${cells.join(' | ')} |`);
  }
}
