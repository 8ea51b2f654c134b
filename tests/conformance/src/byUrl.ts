import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startEmulatorProcess } from '@profilekit/emulator/testing';
import { cloudVariables, serverVariables } from './target';

/**
 * `pnpm --filter @profilekit/conformance by-url`: proves the suite runs against a server by URL. Starts the
 * emulator's CLI as a separate process on a free port (a server this process knows only by URL and keys),
 * runs `pnpm conformance` against it through the four `CONFORMANCE_*` variables, and checks that three of the
 * four are refused naming the fourth. Exits 0 only when both hold.
 */
async function main(): Promise<number> {
  const run = fileURLToPath(new URL('./run.ts', import.meta.url));
  // A developer's COMETCHAT_* (their app) would make the run refuse both groups at once: left out here.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !(cloudVariables as readonly string[]).includes(name)),
  );
  const conformance = (env: Record<string, string>) =>
    spawnSync(process.execPath, ['--conditions=@profilekit/source', '--import', 'tsx', run], {
      env: { ...inherited, ...env },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  const emulator = await startEmulatorProcess(['--port', '0', '--db', ':memory:']);
  let failures = 0;
  try {
    const variables = {
      CONFORMANCE_BASE_URL: emulator.url,
      CONFORMANCE_APP_ID: emulator.appId,
      CONFORMANCE_AUTH_KEY: emulator.authKey,
      CONFORMANCE_REST_API_KEY: emulator.restApiKey,
      CONFORMANCE_REPORT: fileURLToPath(new URL('../../../artifacts/conformance-server.json', import.meta.url)),
    };
    const full = conformance(variables);
    const summary = /^conformance: .*$/m.exec(full.stdout.split('ran against:')[1] ?? '')?.[0] ?? '(no summary)';
    const ranAgainst = full.stdout.includes(`ran against: the server at ${emulator.url}`);
    console.log(`by URL (${emulator.url}, emulator CLI in its own process): ${summary}`);
    if (full.status !== 0 || !ranAgainst) {
      failures++;
      console.log(
        full.stdout
          .split('\n')
          .filter((line) => line.includes('FAIL'))
          .join('\n'),
      );
      console.error(`by URL: exit ${full.status}, ran against the server: ${ranAgainst}\n${full.stderr}`);
    }

    const { CONFORMANCE_REST_API_KEY: _missing, ...three } = variables;
    const partial = conformance(three);
    const refused = partial.status === 2 && partial.stderr.includes('also set CONFORMANCE_REST_API_KEY');
    console.log(`by URL with ${serverVariables.length - 1} of the 4 variables: ${partial.stderr.trim()}`);
    if (!refused) {
      failures++;
      console.error(`by URL: three variables were not refused (exit ${partial.status})`);
    }
  } finally {
    await emulator.stop();
  }
  console.log(`conformance by URL: ${failures === 0 ? 'ok' : `${failures} check(s) failed`}`);
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`conformance by URL: ${error.message}`);
    process.exit(2);
  },
);
