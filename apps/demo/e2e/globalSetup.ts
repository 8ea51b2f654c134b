import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSqliteStore, seedUsers, startEmulator } from '@profilekit/emulator';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../../freePort';
import { startBackend } from '../server/start';

/** What the end-to-end tests get: the built demo, its backend and the emulator, each on a free port. */
export interface DemoUnderTest {
  demoUrl: string;
  backendUrl: string;
  emulatorUrl: string;
  restApiKey: string;
  /** The emulator's Auth Key: the production build must not contain it. */
  authKey: string;
  accountsDb: string;
  distDir: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    demo: DemoUnderTest;
  }
}

const demoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * Starts the emulator (seeded, temporary SQLite), the demo backend (temporary accounts database,
 * faults enabled), builds the demo with `vite build` and serves it with `vite preview`.
 */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), 'profilekit-demo-e2e-'));
  const store = createSqliteStore(join(dir, 'emulator.sqlite'));
  seedUsers(store, JSON.parse(await readFile(join(demoRoot, 'seed/users.json'), 'utf8')), {
    roles: ['default', 'admin', 'moderator'],
  });
  // Live presence, wired as `pnpm dev` wires it: the emulator's webhooks go to the backend with fresh credentials.
  const backendPort = await freePort();
  const webhooks = { username: 'e2e', password: randomBytes(24).toString('base64url') };
  const emulator = await startEmulator({
    port: 0,
    store,
    rateLimit: false,
    webhookUrl: `http://127.0.0.1:${backendPort}/api/webhooks/cometchat`,
    webhookBasicAuth: `${webhooks.username}:${webhooks.password}`,
  });
  const accountsDb = join(dir, 'accounts.sqlite');
  const backendOptions = {
    kind: 'emulator' as const,
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    db: accountsDb,
    port: backendPort,
    faults: true,
    webhooks,
    // The seeded admins (ada, superhero1) log in with the passwords of seed/accounts.json.
    seedAccountsFile: join(demoRoot, 'seed/accounts.json'),
  };
  const backend = await startBackend(backendOptions);
  Object.assign(process.env, {
    PROFILEKIT_EMULATOR_URL: emulator.url,
    PROFILEKIT_EMULATOR_APP_ID: emulator.appId,
    PROFILEKIT_EMULATOR_AUTH_KEY: emulator.authKey,
    DEMO_BACKEND_URL: backend.url,
  });
  const distDir = join(dir, 'dist');
  const configFile = join(demoRoot, 'vite.config.ts');
  // A production build, as a team would ship it (vitest runs with NODE_ENV=test).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: demoRoot, configFile, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const port = await freePort();
  const server = await preview({
    root: demoRoot,
    configFile,
    logLevel: 'warn',
    build: { outDir: distDir },
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  project.provide('demo', {
    demoUrl: `http://127.0.0.1:${port}`,
    backendUrl: backend.url,
    emulatorUrl: emulator.url,
    restApiKey: emulator.restApiKey,
    authKey: emulator.authKey,
    accountsDb,
    distDir,
  });
  return async () => {
    await server.close();
    await backend.close();
    await emulator.close();
    await rm(dir, { recursive: true, force: true });
  };
}
