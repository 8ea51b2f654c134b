// The emulator at scale: list, search, filters and deep pages beside a single get, at 10k / 100k / 1M users,
// with write latency and seeding time at each size; json-server's `?q=` search and paging as the peer row.
// Requests are sequential (one at a time) so each number is the latency of that call alone. The machine's
// load average is printed beside each row: on a shared machine it explains most of the variation.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, stopServer } from './servers.mjs';

const root = new URL('../..', import.meta.url).pathname;
const SIZES = (process.env.BENCH_LIST_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const PEER_SIZES = (process.env.BENCH_LIST_PEER_SIZES ?? process.env.BENCH_LIST_SIZES ?? '10000,100000,1000000')
  .split(',')
  .map(Number);
/** Per call: at most this many samples, and no more than the time budget (but always at least MIN_SAMPLES). */
const SAMPLES = Number(process.env.BENCH_LIST_SAMPLES ?? 200);
const MIN_SAMPLES = Number(process.env.BENCH_LIST_MIN_SAMPLES ?? 5);
const BUDGET_MS = Number(process.env.BENCH_LIST_BUDGET_MS ?? 4000);
const WRITES = Number(process.env.BENCH_LIST_WRITES ?? 200);

/** Page 3000 of 25, or the last page when the store has fewer users. */
const deepPage = (users) => Math.min(3000, Math.ceil(users / 25));

function callsFor(kind, users) {
  if (kind === 'emulator') {
    return {
      'GET /users/{uid}': '/v3/users/user1',
      'list (perPage=25)': '/v3/users?perPage=25',
      'search (searchKey=user12)': '/v3/users?perPage=25&searchKey=user12',
      'role (role=admin)': '/v3/users?perPage=25&role=admin',
      'tags (tags=team7)': '/v3/users?perPage=25&tags=team7',
      'status (status=online)': '/v3/users?perPage=25&status=online',
      [`deep page (page=${deepPage(users)})`]: `/v3/users?perPage=25&page=${deepPage(users)}`,
    };
  }
  return {
    'GET /users/{id}': '/users/user1',
    'list (_limit=25)': '/users?_page=1&_limit=25',
    'search (q=user12)': '/users?q=user12&_page=1&_limit=25',
    [`deep page (_page=${deepPage(users)})`]: `/users?_page=${deepPage(users)}&_limit=25`,
  };
}

async function sample(url, headers) {
  const times = [];
  const started = performance.now();
  await (await fetch(url, { headers })).arrayBuffer(); // warm-up
  while (times.length < SAMPLES && (times.length < MIN_SAMPLES || performance.now() - started < BUDGET_MS)) {
    const t = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { samples: times.length, p50: at(0.5), p99: at(0.99) };
}

async function writes(server) {
  const times = [];
  for (let i = 0; i < WRITES; i++) {
    const t = performance.now();
    const response = await fetch(`${server.url}/v3/users`, {
      method: 'POST',
      headers: { apikey: server.restApiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ uid: `zz-new-${i}`, name: `New ${i}` }),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`POST /users: ${response.status}`);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)], p99: times[Math.floor(times.length * 0.99)] };
}

const dir = mkdtempSync(join(tmpdir(), 'profilekit-bench-list-'));
const rows = [];
const scale = [];
try {
  for (const users of [...new Set([...SIZES, ...PEER_SIZES])].sort((a, b) => a - b)) {
    for (const kind of ['emulator', 'json-server']) {
      if (!(kind === 'emulator' ? SIZES : PEER_SIZES).includes(users)) continue;
      const server = await startServer(kind, users, dir);
      try {
        const headers = kind === 'emulator' ? { apikey: server.restApiKey } : {};
        let get;
        for (const [call, path] of Object.entries(callsFor(kind, users))) {
          const result = await sample(server.url + path, headers);
          get ??= result;
          rows.push({ users, server: kind, call, ...result, ratio: result.p50 / get.p50, load: loadavg()[0] });
          console.error(`${kind} ${users} ${call}: p50 ${result.p50.toFixed(2)} ms (${result.samples} samples)`);
        }
        if (kind === 'emulator')
          scale.push({ users, seedMs: server.seedMs, seedCpuMs: server.seedCpuMs, ...(await writes(server)) });
      } finally {
        await stopServer(server);
      }
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const ms = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
const count = (n) => n.toLocaleString('en-US');
console.log('\n## Lists at scale (sequential requests, perPage 25, REST API key)\n');
console.log('| users | server | call | samples | p50 ms | p99 ms | p50 × get | load avg |');
console.log('|---:|---|---|---:|---:|---:|---:|---:|');
for (const r of rows)
  console.log(
    `| ${count(r.users)} | ${r.server} | ${r.call} | ${r.samples} | ${ms(r.p50)} | ${ms(r.p99)} | ${r.ratio.toFixed(1)} | ${r.load.toFixed(1)} |`,
  );
console.log('\n## Seeding and writes at scale (emulator, SQLite file)\n');
console.log(`| users | seed s (wall) | seed s (CPU) | POST /users p50 ms | p99 ms (${WRITES} sequential) |`);
console.log('|---:|---:|---:|---:|---:|');
for (const r of scale) {
  const cpu = r.seedCpuMs === undefined ? '—' : (r.seedCpuMs / 1000).toFixed(1);
  console.log(`| ${count(r.users)} | ${(r.seedMs / 1000).toFixed(1)} | ${cpu} | ${ms(r.p50)} | ${ms(r.p99)} |`);
}
mkdirSync(join(root, 'artifacts/bench'), { recursive: true });
writeFileSync(join(root, 'artifacts/bench/list.json'), JSON.stringify({ rows, scale, node: process.version }, null, 2));
