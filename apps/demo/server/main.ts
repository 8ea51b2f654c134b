import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { safeLogLine } from '@profilekit/server';
import { backendTargetFromEnv } from './env';
import { startBackend } from './start';

/** `tsx server/main.ts`: the demo backend, configured by the environment (see apps/demo/README.md). */
async function main() {
  const target = backendTargetFromEnv(process.env);
  const file = process.env.DEMO_DB ?? '.data/demo-accounts.sqlite';
  const db = file === ':memory:' ? file : resolve(file);
  if (db !== ':memory:') mkdirSync(dirname(db), { recursive: true });
  const backend = await startBackend({
    ...target,
    db,
    avatarsDir: process.env.DEMO_AVATARS_DIR || undefined,
    port: Number(process.env.DEMO_BACKEND_PORT ?? 3940),
    faults: process.env.DEMO_FAULTS === '1',
    rateLimit: process.env.DEMO_RATE_LIMIT === 'off' ? false : undefined,
    // The seeded users live in the emulator only; give them their demo passwords (README).
    seedAccountsFile:
      target.kind === 'emulator' && process.env.DEMO_SEED_ACCOUNTS !== '0'
        ? fileURLToPath(new URL('../seed/accounts.json', import.meta.url))
        : undefined,
    webhooks: webhookCredentials(process.env.DEMO_WEBHOOK_BASIC_AUTH),
    // One line per request; control characters escaped, so a path cannot forge a line.
    log: (line) => console.log(safeLogLine(line)),
  });
  const where =
    'baseUrl' in target.target ? `emulator ${target.target.baseUrl}` : `CometChat app ${target.target.appId}`;
  console.log(safeLogLine(`demo backend listening on ${backend.url} (accounts in ${db}; users in ${where})`));
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    backend.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** `user:pass` from `DEMO_WEBHOOK_BASIC_AUTH` (`pnpm dev` makes a random one per start), or none. */
function webhookCredentials(value: string | undefined) {
  if (!value) return undefined;
  const colon = value.indexOf(':');
  if (colon <= 0) throw new Error('DEMO_WEBHOOK_BASIC_AUTH must be user:pass');
  return { username: value.slice(0, colon), password: value.slice(colon + 1) };
}

main().catch((error: unknown) => {
  console.error(safeLogLine(`demo backend: ${error instanceof Error ? error.message : String(error)}`));
  process.exit(1);
});
