// `pnpm bench`: every benchmark in one run — bundle sizes, renders per keystroke, the browser (mount and
// keystrokes in Chromium against a naive React form and plain HTML), emulator throughput, lists at scale, the
// server handler on the memory and Redis stores.
// Each prints its own table; a size budget overrun or an extra render makes the run fail.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Bundle sizes (esbuild, minified, gzip -9)', 'node', ['scripts/bench-size.mjs']],
  ['Renders per keystroke (React Profiler)', 'pnpm', ['run', '--silent', 'bench:renders']],
  [
    'Browser: mount and keystrokes in Chromium at 1× and 4× CPU (artifacts/bench/browser.json)',
    'pnpm',
    ['run', '--silent', 'bench:browser'],
  ],
  [
    'Browser: the user directory, 100 rows, against a plain React table at 4× CPU (artifacts/bench/directory.json)',
    'pnpm',
    ['run', '--silent', 'bench:directory'],
  ],
  [
    'Browser: live profiles, a change in another tab and in another browser context (built demo, Chromium)',
    'pnpm',
    ['exec', 'tsx', '--conditions=@profilekit/source', 'scripts/bench/live.ts'],
  ],
  ['Emulator throughput and write latency (autocannon)', 'node', ['scripts/bench/throughput.mjs']],
  ['Emulator lists at 10k / 100k / 1M users', 'node', ['scripts/bench/list.mjs']],
  [
    'Live profiles: 1,000 open event streams on one backend: extra memory, one event to all (goals 100 MB, 500 ms)',
    'node',
    ['scripts/bench/eventStreams.mjs'],
  ],
  [
    'Server handler on the memory vs the Redis store, one and two instances; Redis overhead per request (≤ 1 ms p50)',
    'pnpm',
    ['run', '--silent', 'bench:stores'],
  ],
  [
    'CSV: import 10,000 rows and export 100,000 users in Chromium (time, long tasks, JS heap)',
    'pnpm',
    ['exec', 'tsx', '--conditions=@profilekit/source', 'scripts/bench/csv.ts'],
  ],
  [
    'Avatar decoding: a login during 8 concurrent worst-case uploads vs idle, and the memory it takes',
    'pnpm',
    ['exec', 'vitest', 'run', '--project', 'reliability', 'src/security/avatarDecoding.test.ts'],
  ],
];

let failed = false;
for (const [title, command, args] of steps) {
  console.log(`\n# ${title}\n`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  if (status !== 0) {
    console.error(`\n${title}: failed (exit ${status})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
