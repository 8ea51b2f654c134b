import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** `profilekit-emulator` running as a child process: its own core, and `kill -9` really kills it. */
export interface EmulatorProcess {
  child: ChildProcess;
  /** Where it listens, as it printed it: `http://127.0.0.1:<port>`. */
  url: string;
  /** The app id, Auth Key and REST API key it printed (random ones unless given with flags). */
  appId: string;
  authKey: string;
  restApiKey: string;
  /** Everything it printed so far (stdout and stderr). */
  output: () => string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  exited: Promise<number | string>;
  /** SIGTERM (when still running), then the exit code or signal. */
  stop(): Promise<number | string>;
}

// On sources (this file is .ts) the CLI runs through tsx; from dist, the built cli.js runs as is.
const onSources = import.meta.url.endsWith('.ts');
const cli = fileURLToPath(new URL(onSources ? '../cli.ts' : '../cli.js', import.meta.url));
const nodeArgs = onSources ? ['--conditions=@profilekit/source', '--import', 'tsx'] : [];

/**
 * Starts the emulator's CLI as a child process and resolves once it listens — for tests that restart
 * or `kill -9` the server, or that need it on its own core.
 *
 * @example
 * ```ts
 * const emulator = await startEmulatorProcess(['--port', '0', '--db', ':memory:']);
 * await fetch(`${emulator.url}/v3/users`, { headers: { apikey: emulator.restApiKey } });
 * await emulator.stop();
 * ```
 */
export async function startEmulatorProcess(args: string[]): Promise<EmulatorProcess> {
  const child = spawn(process.execPath, [...nodeArgs, cli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  const printed = await new Promise<Pick<EmulatorProcess, 'url' | 'appId' | 'authKey' | 'restApiKey'>>(
    (resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the emulator did not start:\n${output}`)), 20_000);
      const field = (label: string) => new RegExp(`^\\s*${label}\\s+(\\S+)`, 'm').exec(output)?.[1] ?? '';
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const url = /listening on (http:\/\/\S+)\r?\n/.exec(output)?.[1];
        // The banner ends with the database line.
        if (url && /^\s*database\s.*\n/m.test(output)) {
          clearTimeout(timer);
          resolve({ url, appId: field('app id'), authKey: field('Auth Key'), restApiKey: field('REST API key') });
        }
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      exited.then(() => reject(new Error(`the emulator exited:\n${output}`)));
    },
  );
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return { child, ...printed, output: () => output, exited, stop };
}
