// Starts a benchmark target (the emulator or json-server) in its own process, seeded with N users,
// and stops it. Shared by the throughput and the list benchmarks.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const root = new URL('../..', import.meta.url).pathname;

/** Starts `kind` ('emulator' | 'json-server') on a database file in `dir`; resolves to its first JSON line + the child. */
export function startServer(kind, users, dir) {
  const db = join(dir, `${kind}-${users}.${kind === 'emulator' ? 'sqlite' : 'json'}`);
  const args =
    kind === 'emulator'
      ? [
          'exec',
          'tsx',
          '--conditions=@profilekit/source',
          'scripts/bench/serve-emulator.ts',
          '--users',
          String(users),
          '--db',
          db,
        ]
      : [
          'exec',
          'node',
          '--max-old-space-size=8192',
          'scripts/bench/serve-json-server.cjs',
          '--users',
          String(users),
          '--db',
          db,
        ];
  const child = spawn('pnpm', args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} exited with ${code}`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve({ ...JSON.parse(line), child }));
  });
}

/** Stops a server started by {@link startServer}. */
export function stopServer(server) {
  server.child.removeAllListeners('exit');
  return new Promise((resolve) => {
    server.child.once('exit', resolve);
    server.child.kill('SIGTERM');
  });
}
