import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_AUTH_KEY, DEV_REST_API_KEY } from '@profilekit/emulator';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { type DemoBackendProcess, spawnDemoBackend } from '../support/demoBackend';
import { sendJson } from '../support/sendJson';

/** One demo backend of a cluster, as its own process. */
export interface ClusterBackend {
  process: DemoBackendProcess;
  url: string;
  signup(uid: string, password: string): ReturnType<typeof sendJson>;
  login(login: string, password: string): ReturnType<typeof sendJson>;
}

/**
 * The shape of `pnpm dev:cluster` for tests: an emulator process and two demo backend processes
 * (`apps/demo/server/main.ts`) whose accounts, limits and avatars live in the shared servers `env` names
 * (`DATABASE_URL`, `REDIS_URL`, `S3_ENDPOINT` + `S3_BUCKET`). `spawn(n)` starts instance `n` again.
 */
export async function startDemoCluster(env: Record<string, string>, { rateLimit = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'profilekit-cluster-'));
  const emulator: EmulatorProcess = await startEmulatorProcess([
    ...['--allow-published-dev-keys', '--auth-key', DEV_AUTH_KEY, '--rest-api-key', DEV_REST_API_KEY],
    ...['--port', '0', '--db', ':memory:', '--rate-limit', 'off'],
  ]);
  const processes: DemoBackendProcess[] = [];
  const spawn = async (n: 1 | 2): Promise<ClusterBackend> => {
    const process = await spawnDemoBackend({
      emulatorUrl: emulator.url,
      appId: emulator.appId,
      restApiKey: emulator.restApiKey,
      // A folder per instance (SQLite file, avatars on disk): without the shared servers nothing would be shared.
      db: join(dir, `instance-${n}`, 'accounts.sqlite'),
      rateLimit,
      env: { ...env, DEMO_INSTANCE: String(n) },
    });
    processes.push(process);
    const post = (path: string, body: unknown) =>
      sendJson(`${process.url}/api${path}`, 'POST', {}, JSON.stringify(body));
    return {
      process,
      url: process.url,
      signup: (uid, password) => post('/signup', { user: { uid, name: `Member ${uid}` }, account: { password } }),
      login: (login, password) => post('/session', { login, password }),
    };
  };
  const backends = [await spawn(1), await spawn(2)] as const;
  return {
    emulator,
    backends,
    spawn,
    async close() {
      await Promise.all(processes.map((process) => process.stop()));
      await emulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
