// `pnpm dev`: the demo with everything it needs — the CometChat emulator (skipped when COMETCHAT_APP_ID
// and COMETCHAT_REGION point at real CometChat), the demo backend and Vite. Data lives in .data/ (git-ignored)
// and survives restarts. One Ctrl-C stops everything; if any part dies, the rest are stopped and this exits 1.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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
const children = new Map();
let stopping = false;

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** Starts a child, prefixes its output, resolves once `ready(line)` matches (with the lines so far). */
function start(name, args, { env, cwd = root, ready }) {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  children.set(name, child);
  const lines = [];
  return new Promise((resolve, reject) => {
    let resolved = false;
    const onData = (stream) => (chunk) => {
      for (const raw of chunk.toString().split('\n')) {
        const line = stripAnsi(raw).trimEnd();
        if (line === '') continue;
        stream.write(`[${name}] ${line}\n`);
        lines.push(line);
        if (!resolved && ready(line)) {
          resolved = true;
          resolve(lines);
        }
      }
    };
    child.stdout.on('data', onData(process.stdout));
    child.stderr.on('data', onData(process.stderr));
    child.on('exit', (code, signal) => {
      children.delete(name);
      if (!resolved) reject(new Error(`${name} exited before it was ready (${signal ?? `code ${code}`})`));
      else if (!stopping) {
        console.error(`\n${name} stopped unexpectedly (${signal ?? `code ${code}`}); stopping the rest.`);
        stopAll(1);
      }
    });
  });
}

function stopAll(code) {
  if (stopping) return;
  stopping = true;
  const waits = [...children.values()].map(
    (child) =>
      new Promise((resolve) => {
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  );
  Promise.all(waits).then(() => process.exit(code));
}

process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitForHttp(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/**
 * The emulator's URL, app id and keys, as its CLI prints them. The keys are random, made for `.data/` on the
 * first start and kept in `.data/emulator-keys.json` (0600): the published development keys never reach a socket.
 */
function emulatorEnv(lines) {
  const field = (label) => lines.map((line) => line.match(new RegExp(`^\\s*${label}\\s+(\\S+)`))?.[1]).find(Boolean);
  return {
    PROFILEKIT_EMULATOR_URL: lines.map((line) => line.match(/listening on (\S+)/)?.[1]).find(Boolean),
    PROFILEKIT_EMULATOR_APP_ID: field('app id'),
    PROFILEKIT_EMULATOR_AUTH_KEY: field('Auth Key'),
    PROFILEKIT_EMULATOR_REST_API_KEY: field('REST API key'),
  };
}

/** `true` when something already accepts connections on the port (IPv4 or IPv6 loopback: `localhost` may be either). */
async function portTaken(port) {
  const answers = (host) =>
    new Promise((resolve) => {
      const socket = connect({ host, port });
      socket.setTimeout(1000);
      const done = (taken) => {
        socket.destroy();
        resolve(taken);
      };
      socket.once('connect', () => done(true));
      socket.once('timeout', () => done(false));
      socket.once('error', () => done(false));
    });
  const results = await Promise.all(['127.0.0.1', '::1'].map((host) => answers(host)));
  return results.some(Boolean);
}

/** Refuses to start beside another server on one of our ports: the demo would talk to it, or "run" on a stranger's page. */
async function checkPorts() {
  const wanted = [
    ...(usesCometChat ? [] : [['emulator', ports.emulator, 'PROFILEKIT_EMULATOR_PORT']]),
    ['demo backend', ports.backend, 'DEMO_BACKEND_PORT'],
    ['demo', ports.demo, 'DEMO_PORT'],
  ];
  const taken = [];
  for (const [name, port, variable] of wanted) if (await portTaken(port)) taken.push({ name, port, variable });
  if (taken.length === 0) return;
  const lines = taken.map(({ name, port, variable }) => `  port ${port} (the ${name}): set ${variable} to a free port`);
  throw new Error(
    `another server already answers on ${taken.map(({ port }) => port).join(', ')} ` +
      `(an earlier pnpm dev still running?). Stop it, or choose other ports:\n${lines.join('\n')}`,
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
    if (!stopping) {
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
