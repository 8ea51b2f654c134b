// Emulator throughput and latency beside json-server, and write latency as the store grows.
// Each server runs in its own process on loopback; autocannon drives it for a fixed time and connection count.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startServer as start, stopServer as stop } from './servers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SIZES = (process.env.BENCH_SIZES ?? '100,10000,100000').split(',').map(Number);

/** The three calls, as each server spells them. */
function requestsFor(kind, server) {
  let next = 0;
  const json = { 'content-type': 'application/json' };
  const createBody = () =>
    kind === 'emulator'
      ? JSON.stringify({ uid: `new${process.hrtime.bigint()}${next++}`, name: 'New user' })
      : JSON.stringify({ id: `new${process.hrtime.bigint()}${next++}`, name: 'New user' });
  return kind === 'emulator'
    ? {
        'GET /users/{uid}': { method: 'GET', path: '/v3/users/user1', headers: { apikey: server.restApiKey } },
        'PUT /me': {
          method: 'PUT',
          path: '/v3/me',
          headers: { ...json, authToken: server.authToken },
          body: JSON.stringify({ statusMessage: 'benchmarking' }),
        },
        'POST /users': {
          method: 'POST',
          path: '/v3/users',
          headers: { ...json, apikey: server.restApiKey },
          createBody,
        },
      }
    : {
        'GET /users/{uid}': { method: 'GET', path: '/users/user1' },
        'PUT /me': {
          method: 'PATCH',
          path: '/users/user0',
          headers: json,
          body: JSON.stringify({ statusMessage: 'benchmarking' }),
        },
        'POST /users': { method: 'POST', path: '/users', headers: json, createBody },
      };
}

async function load(url, { createBody, ...request }) {
  const result = await autocannon({
    url,
    duration: DURATION,
    connections: CONNECTIONS,
    requests: [createBody ? { ...request, setupRequest: (r) => ({ ...r, body: createBody() }) } : request],
  });
  const ok = result['2xx'];
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    ok,
  };
}

/** Sequential creates on a store of `users` users: per-request latency in ms. */
async function writeLatency(kind, server, count) {
  const request = requestsFor(kind, server)['POST /users'];
  const times = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(server.url + request.path, {
      method: 'POST',
      headers: request.headers,
      body: request.createBody(),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${kind}: POST answered ${response.status}`);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

const dir = mkdtempSync(join(tmpdir(), 'profilekit-bench-'));
const results = {
  throughput: [],
  growth: [],
  machine: { cores: (await import('node:os')).cpus().length, node: process.version },
};
try {
  for (const kind of ['emulator', 'json-server']) {
    const server = await start(kind, 100, dir);
    try {
      for (const [name, request] of Object.entries(requestsFor(kind, server))) {
        results.throughput.push({ server: kind, endpoint: name, ...(await load(server.url, request)) });
      }
    } finally {
      await stop(server);
    }
  }
  for (const users of SIZES) {
    for (const kind of ['emulator', 'json-server']) {
      const server = await start(kind, users, dir);
      try {
        const count = kind === 'json-server' && users >= 100_000 ? 30 : 200;
        results.growth.push({ server: kind, users, writes: count, ...(await writeLatency(kind, server, count)) });
      } finally {
        await stop(server);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const fmt = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
console.log(`\n## Emulator throughput (autocannon, ${DURATION} s, ${CONNECTIONS} connections, 100 users, loopback)\n`);
console.log('| server | call | req/s | p50 ms | p99 ms | errors |');
console.log('|---|---|---:|---:|---:|---:|');
for (const r of results.throughput)
  console.log(`| ${r.server} | ${r.endpoint} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`);
console.log('\n## Write latency as the store grows (sequential POST /users)\n');
console.log('| users | server | writes | p50 ms | p99 ms |');
console.log('|---:|---|---:|---:|---:|');
for (const r of results.growth)
  console.log(`| ${r.users} | ${r.server} | ${r.writes} | ${fmt(r.p50)} | ${fmt(r.p99)} |`);
const { writeFileSync, mkdirSync } = await import('node:fs');
mkdirSync(join(root, 'artifacts/bench'), { recursive: true });
writeFileSync(join(root, 'artifacts/bench/throughput.json'), JSON.stringify(results, null, 2));
