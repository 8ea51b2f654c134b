import { parseArgs } from 'node:util';
import { DEFAULT_RATE_LIMIT, DEV_AUTH_KEY, DEV_REST_API_KEY } from '../constants';
import { presenceFlags, presenceOptions, presenceUsage } from '../presence/cliOptions';
import type { StartEmulatorOptions } from '../start';

/** The port `profilekit-emulator` listens on unless told otherwise. */
export const DEFAULT_PORT = 3939;

/** The database file `profilekit-emulator` uses unless told otherwise, relative to the working directory. */
export const DEFAULT_DB = '.data/emulator.sqlite';

export const usage = `Usage: profilekit-emulator [options]

A local CometChat-compatible user server.

  --port <n>              port to listen on (default ${DEFAULT_PORT}; 0 = any free port)
  --host <host>           interface to listen on (default 127.0.0.1)
  --db <file|:memory:>    SQLite database (default ${DEFAULT_DB})
  --app-id <id>           app id to answer to
  --auth-key <key>        the Auth Key (authOnly scope; default: random, kept in emulator-keys.json beside the database)
  --rest-api-key <key>    the REST API key (full access; default: random, kept beside the database too)
  --allow-published-dev-keys
                          accept the development keys published in profilekit's source as --auth-key or
                          --rest-api-key (tests only: anyone can read them, so anyone could use this server)
  --allowed-host <name>   a Host name to answer to besides localhost, 127.0.0.1, [::1] (repeatable; * for any)
  --cors-origin <origin>  a page origin to allow besides pages on this machine (repeatable; * for any, never with credentials)
  --roles <a,b,c>         roles that exist (default default,admin,moderator)
  --rate-limit <n|off>    requests per minute per key or token (default ${DEFAULT_RATE_LIMIT.requests})
  --seed <users.json>     users to create at start (existing uids are skipped)
${presenceUsage}
  --strict                refuse what profilekit's own rules refuse beyond CometChat's docs (avatar/link other
                          than http(s), a status message over 1000 characters); default: accept what CometChat accepts
  -h, --help              show this help`;

/** What the command line asked for. */
export type CliOptions = StartEmulatorOptions & {
  db: string;
  seed?: string;
  help: boolean;
  /** `--allow-published-dev-keys` was given and a published key is in use. */
  publishedDevKeys: boolean;
};

/** A repeatable flag's values: `*` among them means any. */
const anyOr = (values: string[] | undefined): string[] | '*' | undefined => (values?.includes('*') ? '*' : values);

/**
 * Parses `profilekit-emulator`'s flags.
 *
 * @example
 * ```ts
 * parseCliArgs(['--port', '0', '--db', ':memory:']); // { port: 0, db: ':memory:', host: '127.0.0.1', … }
 * ```
 */
export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    // `pnpm emulator -- --port 4000` passes the `--` on: flags after it are still flags.
    args: argv[0] === '--' ? argv.slice(1) : argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      'app-id': { type: 'string' },
      'auth-key': { type: 'string' },
      'rest-api-key': { type: 'string' },
      'allowed-host': { type: 'string', multiple: true },
      'cors-origin': { type: 'string', multiple: true },
      roles: { type: 'string' },
      'rate-limit': { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      'allow-published-dev-keys': { type: 'boolean' },
      ...presenceFlags,
      strict: { type: 'boolean' },
    },
  });
  const published = [
    ['--auth-key', values['auth-key'] === DEV_AUTH_KEY],
    ['--rest-api-key', values['rest-api-key'] === DEV_REST_API_KEY],
  ].filter(([, isPublished]) => isPublished);
  if (published.length > 0 && !values['allow-published-dev-keys']) {
    throw new Error(
      `${published.map(([flag]) => flag).join(' and ')}: that is the development key published in profilekit's ` +
        'source, so anyone could use it against this server. Leave the flag out for a random key kept beside the ' +
        'database, pass a key of your own, or add --allow-published-dev-keys (tests only).',
    );
  }
  const port = Number(values.port ?? DEFAULT_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be 0–65535, got ${values.port}`);
  const rate = values['rate-limit'];
  const requests = rate === undefined || rate === 'off' ? undefined : Number(rate);
  if (requests !== undefined && (!Number.isInteger(requests) || requests < 1)) {
    throw new Error(`--rate-limit must be a positive whole number or "off", got ${rate}`);
  }
  for (const origin of values['cors-origin'] ?? []) {
    if (origin !== '*' && !URL.canParse(origin))
      throw new Error(`--cors-origin must be an origin like http://devbox.lan:5173 or *, got ${origin}`);
  }
  return {
    port,
    host: values.host ?? '127.0.0.1',
    db: values.db ?? DEFAULT_DB,
    appId: values['app-id'],
    authKey: values['auth-key'],
    restApiKey: values['rest-api-key'],
    allowedHosts: anyOr(values['allowed-host']),
    corsOrigins: anyOr(values['cors-origin']),
    roles: values.roles
      ?.split(',')
      .map((role) => role.trim())
      .filter(Boolean),
    rateLimit: rate === 'off' ? false : requests ? { requests, windowMs: 60_000 } : undefined,
    seed: values.seed,
    strict: values.strict ?? false,
    help: values.help ?? false,
    publishedDevKeys: published.length > 0,
    ...presenceOptions(values),
  };
}
