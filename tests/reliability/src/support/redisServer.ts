import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ensureRedis = fileURLToPath(new URL('../../../../scripts/ensure-redis.sh', import.meta.url));

/** A throw-away `redis-server` on a loopback port, its files in a temp dir. */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops it (SIGTERM, or `SIGKILL`: a crash) and waits for the exit; the port stays the server's for `start`. */
  stop(signal?: 'SIGTERM' | 'SIGKILL'): Promise<void>;
  /** Starts it again on the same port (empty, unless started with `appendOnly`: then with what it persisted). */
  start(): Promise<void>;
  /** Stops it and removes its temp dir. */
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * Starts Debian's `redis-server` (installed by `scripts/ensure-redis.sh` when missing) on a free loopback
 * port under a temp dir, and resolves once it accepts connections. No persistence by default; with
 * `appendOnly`, `--appendonly yes --appendfsync always`: every acknowledged write survives even a `kill -9`.
 *
 * @example
 * ```ts
 * const redis = await startRedisServer();
 * const store = createRedisStore({ url: redis.url });
 * ```
 */
export async function startRedisServer({ appendOnly = false }: { appendOnly?: boolean } = {}): Promise<RedisServer> {
  execFileSync('bash', [ensureRedis], { stdio: 'inherit' });
  const dir = mkdtempSync(join(tmpdir(), 'profilekit-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const persistence = appendOnly ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no'];
    const args = ['--port', String(port), '--bind', '127.0.0.1', '--save', '', ...persistence, '--dir', dir];
    const started = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child = started;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 20_000);
      started.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${output}`));
      });
    });
  };
  const stop = async (signal: 'SIGTERM' | 'SIGKILL' = 'SIGTERM') => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill(signal);
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop,
    start,
    async close() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
