import { type CliProcess, spawnCli } from '../../../../packages/emulator/test/process';

/** `profilekit-emulator` running as its own process (the emulator's own test helper): its own core, and `kill -9` really kills it. */
export interface EmulatorProcess extends CliProcess {
  /** SIGTERM (when still running), then the exit code or signal. */
  stop(): Promise<number | string>;
}

/**
 * Starts the emulator's CLI on sources and resolves once it listens.
 *
 * @example
 * ```ts
 * const emulator = await spawnEmulator(['--port', '0', '--db', ':memory:', '--rate-limit', 'off']);
 * await fetch(`${emulator.url}/v3/users`, …);
 * await emulator.stop();
 * ```
 */
export async function spawnEmulator(args: string[]): Promise<EmulatorProcess> {
  const cli = await spawnCli(args);
  return {
    ...cli,
    stop: () => {
      if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGTERM');
      return cli.exited;
    },
  };
}
