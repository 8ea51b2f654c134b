import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../../../../apps/demo/server/main.ts', import.meta.url));

/** The demo's backend ("your backend": accounts in SQLite, CometChat users via the REST client) as its own process. */
export interface DemoBackendProcess {
  child: ChildProcess;
  url: string;
  exited: Promise<number | string>;
  /** Everything it printed so far (its log). */
  output: () => string;
  /** SIGTERM (when still running), then the exit code or signal. */
  stop(): Promise<number | string>;
}

/**
 * Starts `apps/demo/server/main.ts` on sources against an emulator, with its accounts in `db`, and resolves
 * once it listens. Run as a black box (the suite imports nothing from the demo), so `kill -9` really kills it.
 *
 * @example
 * ```ts
 * const backend = await spawnDemoBackend({ emulatorUrl: emulator.url, db: 'accounts.sqlite' });
 * await fetch(`${backend.url}/api/signup`, { method: 'POST', body: JSON.stringify({ user: { uid, name }, account: { password } }) });
 * ```
 */
export async function spawnDemoBackend(options: {
  emulatorUrl: string;
  appId: string;
  restApiKey: string;
  db: string;
  port?: number;
  faults?: boolean;
  /** `false` turns the backend's rate limits off (bursts of sign-ups in durability tests). */
  rateLimit?: boolean;
  /** Give the seeded users (`apps/demo/seed/accounts.json`) their accounts. */
  seedAccounts?: boolean;
  /** More environment: `DATABASE_URL`, `REDIS_URL`, `S3_BUCKET`… for an instance of a cluster. */
  env?: Record<string, string>;
}): Promise<DemoBackendProcess> {
  const env = {
    ...process.env,
    PROFILEKIT_EMULATOR_URL: options.emulatorUrl,
    PROFILEKIT_EMULATOR_APP_ID: options.appId,
    PROFILEKIT_EMULATOR_REST_API_KEY: options.restApiKey,
    DEMO_DB: options.db,
    DEMO_BACKEND_PORT: String(options.port ?? 0),
    DEMO_FAULTS: options.faults ? '1' : '0',
    DEMO_RATE_LIMIT: options.rateLimit === false ? 'off' : 'on',
    DEMO_SEED_ACCOUNTS: options.seedAccounts ? '1' : '0',
    ...options.env,
  };
  const child = spawn(process.execPath, ['--conditions=@profilekit/source', '--import', 'tsx', main], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo backend did not start:\n${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /demo backend listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    exited.then(() => reject(new Error(`the demo backend exited:\n${output}`)));
  });
  return {
    child,
    url,
    exited,
    output: () => output,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
