import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '@profilekit/emulator';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../../freePort';

/** What the end-to-end tests get: the built example served by `next start`, and the emulator it talks to. */
export interface NextExampleUnderTest {
  appUrl: string;
  emulatorUrl: string;
  restApiKey: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    nextExample: NextExampleUnderTest;
  }
}

const appRoot = fileURLToPath(new URL('..', import.meta.url));
const nextBin = fileURLToPath(new URL('../node_modules/.bin/next', import.meta.url));

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * Starts the emulator (in memory), runs `next build` of the example pointed at it (the built
 * `@profilekit/*` packages, as an app installs them) and serves it with `next start`.
 */
export default async function setup(project: TestProject) {
  const emulator = await startEmulator({ port: 0, rateLimit: false });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    NEXT_PUBLIC_PROFILEKIT_BASE_URL: emulator.url,
    NEXT_PUBLIC_PROFILEKIT_APP_ID: emulator.appId,
    PROFILEKIT_REST_API_KEY: emulator.restApiKey,
  };
  try {
    await promisify(execFile)(nextBin, ['build'], { cwd: appRoot, env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    await emulator.close();
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`next build failed:\n${stdout}\n${stderr}`);
  }
  const port = await freePort();
  const server = spawn(nextBin, ['start', '--port', String(port), '--hostname', '127.0.0.1'], {
    cwd: appRoot,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const appUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(appUrl, server);
  } catch (error) {
    server.kill();
    await emulator.close();
    throw error;
  }
  project.provide('nextExample', { appUrl, emulatorUrl: emulator.url, restApiKey: emulator.restApiKey });
  return async () => {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
    await emulator.close();
  };
}
