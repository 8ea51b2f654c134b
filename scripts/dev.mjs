// `pnpm dev`: the demo with everything it needs — the CometChat emulator (skipped when COMETCHAT_APP_ID
// and COMETCHAT_REGION point at real CometChat), the demo backend and Vite. Data lives in .data/ (git-ignored)
// and survives restarts. One Ctrl-C stops everything; if any part dies, the rest are stopped and this exits 1.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createChildren, emulatorEnv, checkPorts as refuseTakenPorts, waitForHttp } from './dev/children.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'apps/demo');
const dataDir = join(root, '.data');
const vite = join(demo, 'node_modules/vite/bin/vite.js');
// TypeScript sources run in one Node process each (signals reach them directly), with the workspace's source condition.
// Node 22 calls node:sqlite (the emulator's and the backend's SQLite there) experimental, at every start.
const onSources = ['--conditions=@profilekit/source', '--import', 'tsx', '--disable-warning=ExperimentalWarning'];
const ports = {
  emulator: Number(process.env.PROFILEKIT_EMULATOR_PORT ?? 3939),
  backend: Number(process.env.DEMO_BACKEND_PORT ?? 3940),
  demo: Number(process.env.DEMO_PORT ?? 5173),
};
const usesCometChat = Boolean(process.env.COMETCHAT_APP_ID && process.env.COMETCHAT_REGION);
const { start: startChild, stopAll, stopping } = createChildren();
const start = (name, args, { env, cwd = root, ready }) => startChild(name, args, { env, cwd, ready });

/** Refuses to start beside another server on one of our ports: the demo would talk to it, or "run" on a stranger's page. */
async function checkPorts() {
  await refuseTakenPorts(
    [
      ...(usesCometChat ? [] : [['emulator', ports.emulator, 'PROFILEKIT_EMULATOR_PORT']]),
      ['demo backend', ports.backend, 'DEMO_BACKEND_PORT'],
      ['demo', ports.demo, 'DEMO_PORT'],
    ],
    'pnpm dev',
  );
}

async function main() {
  await checkPorts();
  mkdirSync(dataDir, { recursive: true });
  const emulatorDb = join(dataDir, 'emulator.sqlite');
  // Accounts belong to one CometChat: the emulator's, or each real app's own file.
  const appSuffix = usesCometChat ? `-${process.env.COMETCHAT_APP_ID.replace(/[^A-Za-z0-9_-]/g, '_')}` : '';
  const accountsDb = join(dataDir, `demo-accounts${appSuffix}.sqlite`);
  let targetEnv = {};
  // Live presence: the emulator sends CometChat's webhooks to the backend with credentials made for this start.
  const webhookAuth = `emulator:${randomBytes(24).toString('base64url')}`;
  const webhookUrl = `http://127.0.0.1:${ports.backend}/api/webhooks/cometchat`;
  if (!usesCometChat) {
    const lines = await start(
      'emulator',
      [
        ...onSources,
        'packages/emulator/src/cli.ts',
        ...['--port', String(ports.emulator), '--db', emulatorDb, '--seed', 'apps/demo/seed/users.json'],
        ...['--webhook-url', webhookUrl, '--webhook-basic-auth', webhookAuth],
      ],
      { env: process.env, ready: (line) => line.includes('database') },
    );
    targetEnv = emulatorEnv(lines);
  }
  const backendUrl = `http://127.0.0.1:${ports.backend}`;
  const backendEnv = {
    ...process.env,
    ...targetEnv,
    DEMO_DB: accountsDb,
    DEMO_BACKEND_PORT: String(ports.backend),
    ...(usesCometChat ? {} : { DEMO_WEBHOOK_BASIC_AUTH: webhookAuth }),
  };
  await start('backend', [...onSources, 'server/main.ts'], {
    cwd: demo,
    env: backendEnv,
    ready: (line) => line.includes('listening on'),
  });
  // The browser's bundle: everything but the REST API key (vite.config.ts defines only public values anyway).
  const {
    COMETCHAT_REST_API_KEY: _rest,
    PROFILEKIT_EMULATOR_REST_API_KEY: _emulatorRest,
    DEMO_WEBHOOK_BASIC_AUTH: _webhookAuth,
    ...viteEnv
  } = {
    ...process.env,
    ...targetEnv,
  };
  const demoUrl = `http://localhost:${ports.demo}`;
  start('vite', [vite, '--port', String(ports.demo), '--strictPort'], {
    cwd: demo,
    env: { ...viteEnv, DEMO_BACKEND_URL: backendUrl },
    ready: () => false,
  }).catch((error) => {
    if (!stopping()) {
      console.error(`\n${error.message}; stopping the rest.`);
      stopAll(1);
    }
  });
  await waitForHttp(demoUrl);
  const where = usesCometChat
    ? `CometChat app ${process.env.COMETCHAT_APP_ID} (${process.env.COMETCHAT_REGION})`
    : `${targetEnv.PROFILEKIT_EMULATOR_URL}   users in ${relative(root, emulatorDb)}, keys in ${relative(root, join(dataDir, 'emulator-keys.json'))}`;
  console.log(`
profilekit demo is running
  demo       ${demoUrl}
  backend    ${backendUrl}   accounts in ${relative(root, accountsDb)}  (proxied at ${demoUrl}/api)
  ${usesCometChat ? 'cometchat' : 'emulator '}  ${where}
Press Ctrl-C to stop.
`);
}

main().catch((error) => {
  console.error(`pnpm dev: ${error.message}`);
  stopAll(1);
});
