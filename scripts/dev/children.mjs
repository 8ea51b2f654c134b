// The child processes of `pnpm dev` and `pnpm dev:cluster`: started with prefixed output, awaited until ready,
// stopped together (one Ctrl-C, or any part dying, stops the rest).
import { spawn } from 'node:child_process';
import { connect } from 'node:net';

const stripAnsi = (text) => text.replace(/\u001b\[[0-9;]*m/g, '');

/** A group of children; `start(name, args, { ready })` resolves with the lines so far once `ready(line)` matches. */
export function createChildren() {
  const children = new Map();
  const cleanups = [];
  let stopping = false;

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
    Promise.all(waits)
      .then(async () => {
        for (const cleanup of cleanups.reverse()) await cleanup();
      })
      .catch((error) => console.error(error.message))
      .finally(() => process.exit(code));
  }

  /** Starts a child (Node with `args`, or `command` when given), prefixes its output, resolves once `ready(line)`. */
  function start(name, args, { env, cwd, ready, command = process.execPath }) {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
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
      child.on('error', (error) => {
        children.delete(name);
        if (!resolved) reject(new Error(`${name} could not start (${error.message})`));
      });
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

  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));
  /** Runs `cleanup` once the children have stopped (e.g. stopping a server that runs as a daemon). */
  const atStop = (cleanup) => cleanups.push(cleanup);
  return { start, stopAll, atStop, stopping: () => stopping };
}

export async function waitForHttp(url, timeoutMs = 60_000) {
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
export function emulatorEnv(lines) {
  const field = (label) => lines.map((line) => line.match(new RegExp(`^\\s*${label}\\s+(\\S+)`))?.[1]).find(Boolean);
  return {
    PROFILEKIT_EMULATOR_URL: lines.map((line) => line.match(/listening on (\S+)/)?.[1]).find(Boolean),
    PROFILEKIT_EMULATOR_APP_ID: field('app id'),
    PROFILEKIT_EMULATOR_AUTH_KEY: field('Auth Key'),
    PROFILEKIT_EMULATOR_REST_API_KEY: field('REST API key'),
  };
}

/** `true` when something already accepts connections on the port (IPv4 or IPv6 loopback: `localhost` may be either). */
export async function portTaken(port) {
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

/** Refuses to start beside another server on one of our ports: `wanted` is `[name, port, variable]` triples. */
export async function checkPorts(wanted, command) {
  const taken = [];
  for (const [name, port, variable] of wanted) if (await portTaken(port)) taken.push({ name, port, variable });
  if (taken.length === 0) return;
  const lines = taken.map(({ name, port, variable }) => `  port ${port} (the ${name}): set ${variable} to a free port`);
  throw new Error(
    `another server already answers on ${taken.map(({ port }) => port).join(', ')} ` +
      `(an earlier ${command} still running?). Stop it, or choose other ports:\n${lines.join('\n')}`,
  );
}
