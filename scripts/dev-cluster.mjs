// `pnpm dev:cluster`: the demo as a cluster on one machine — Postgres (the demo's accounts), Redis (limits,
// lockouts, caches), an S3 server (avatars), the emulator, two demo backends on their own ports, and Vite proxying
// /api round-robin across them. Data lives in .data/cluster/ and survives restarts. Give DATABASE_URL or REDIS_URL
// to use servers you run; else Postgres comes from the machine's binaries (scripts/ensure-postgres.sh) and Redis
// from Debian's redis-server (installed when missing). One Ctrl-C stops everything.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPorts, createChildren, emulatorEnv, waitForHttp } from './dev/children.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const demo = join(root, 'apps/demo');
// DEV_CLUSTER_DATA moves it (the test of this script uses a temporary folder).
const dataDir = process.env.DEV_CLUSTER_DATA ? resolve(process.env.DEV_CLUSTER_DATA) : join(root, '.data/cluster');
const vite = join(demo, 'node_modules/vite/bin/vite.js');
const s3rver = join(demo, 'node_modules/s3rver/bin/s3rver.js');
const onSources = ['--conditions=@profilekit/source', '--import', 'tsx', '--disable-warning=ExperimentalWarning'];
const env = process.env;
const ports = {
  emulator: Number(env.PROFILEKIT_EMULATOR_PORT ?? 3939),
  backends: [Number(env.DEMO_BACKEND_1_PORT ?? 3941), Number(env.DEMO_BACKEND_2_PORT ?? 3942)],
  demo: Number(env.DEMO_PORT ?? 5173),
  postgres: Number(env.CLUSTER_POSTGRES_PORT ?? 5433),
  redis: Number(env.CLUSTER_REDIS_PORT ?? 6390),
  s3: Number(env.CLUSTER_S3_PORT ?? 4569),
};
const bucket = 'avatars';
const { start, stopAll, atStop, stopping } = createChildren();

async function main() {
  await checkPorts(
    [
      ['emulator', ports.emulator, 'PROFILEKIT_EMULATOR_PORT'],
      ['demo backend 1', ports.backends[0], 'DEMO_BACKEND_1_PORT'],
      ['demo backend 2', ports.backends[1], 'DEMO_BACKEND_2_PORT'],
      ['demo', ports.demo, 'DEMO_PORT'],
      ['S3 server', ports.s3, 'CLUSTER_S3_PORT'],
      ...(env.DATABASE_URL ? [] : [['Postgres', ports.postgres, 'CLUSTER_POSTGRES_PORT']]),
      ...(env.REDIS_URL ? [] : [['Redis', ports.redis, 'CLUSTER_REDIS_PORT']]),
    ],
    'pnpm dev:cluster',
  );
  for (const part of ['redis', 's3']) mkdirSync(join(dataDir, part), { recursive: true });

  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const postgresDir = join(dataDir, 'postgres');
    const script = join(root, 'scripts/ensure-postgres.sh');
    const printed = execFileSync('bash', [script, 'start', postgresDir, String(ports.postgres)], { encoding: 'utf8' });
    databaseUrl = /DATABASE_URL=(\S+)/.exec(printed)?.[1];
    atStop(() => execFileSync('bash', [script, 'stop', postgresDir], { stdio: 'inherit' }));
    console.log(`[postgres] listening on 127.0.0.1:${ports.postgres} (data in ${relative(root, postgresDir)})`);
  }
  let redisUrl = env.REDIS_URL;
  if (!redisUrl) {
    execFileSync('bash', [join(root, 'scripts/ensure-redis.sh')], { stdio: 'inherit' });
    // Append-only, fsync every second: a lockout survives a Redis restart.
    const args = ['--port', String(ports.redis), '--bind', '127.0.0.1', '--appendonly', 'yes', '--save', ''];
    await start('redis', [...args, '--dir', join(dataDir, 'redis')], {
      command: 'redis-server',
      ready: (line) => line.includes('Ready to accept connections'),
    });
    redisUrl = `redis://127.0.0.1:${ports.redis}`;
  }
  const s3Args = ['-d', join(dataDir, 's3'), '-a', '127.0.0.1', '-p', String(ports.s3), '--configure-bucket', bucket];
  await start('s3', [s3rver, ...s3Args], { ready: (line) => line.includes('listening on') });
  const s3Endpoint = `http://127.0.0.1:${ports.s3}`;

  const emulatorDb = join(dataDir, 'emulator.sqlite');
  const emulatorArgs = ['--port', String(ports.emulator), '--db', emulatorDb, '--seed', 'apps/demo/seed/users.json'];
  const targetEnv = emulatorEnv(
    await start('emulator', [...onSources, 'packages/emulator/src/cli.ts', ...emulatorArgs], {
      cwd: root,
      env,
      ready: (line) => line.includes('database'),
    }),
  );
  const backendUrls = [];
  for (const [index, port] of ports.backends.entries()) {
    const instance = index + 1;
    const backendEnv = {
      ...env,
      ...targetEnv,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      S3_ENDPOINT: s3Endpoint,
      S3_BUCKET: bucket,
      // s3rver's fixed development credentials.
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      // The AWS SDK warns at every start that its releases from 2027 need Node 22: noise in a demo's log.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      DEMO_INSTANCE: String(instance),
      DEMO_BACKEND_PORT: String(port),
      // Only backend 1 seeds the demo accounts: the two would race for the same rows.
      DEMO_SEED_ACCOUNTS: instance === 1 ? '1' : '0',
    };
    await start(`backend ${instance}`, [...onSources, 'server/main.ts'], {
      cwd: demo,
      env: backendEnv,
      ready: (line) => line.includes('listening on'),
    });
    const url = `http://127.0.0.1:${port}`;
    backendUrls.push(url);
    console.log(`backend ${instance} listening on ${url}`);
  }

  const { PROFILEKIT_EMULATOR_REST_API_KEY: _rest, ...viteEnv } = { ...env, ...targetEnv };
  const demoUrl = `http://localhost:${ports.demo}`;
  start('vite', [vite, '--port', String(ports.demo), '--strictPort'], {
    cwd: demo,
    env: { ...viteEnv, DEMO_BACKEND_URLS: backendUrls.join(',') },
    ready: () => false,
  }).catch((error) => {
    if (!stopping()) {
      console.error(`\n${error.message}; stopping the rest.`);
      stopAll(1);
    }
  });
  await waitForHttp(demoUrl);
  console.log(`
profilekit demo cluster is running
  demo       ${demoUrl}   (/api round-robin across both backends)
  backend 1  ${backendUrls[0]}
  backend 2  ${backendUrls[1]}
  emulator   ${targetEnv.PROFILEKIT_EMULATOR_URL}
  postgres   ${new URL(databaseUrl).host}   redis ${new URL(redisUrl).host}   s3 ${s3Endpoint} (bucket ${bucket})
Press Ctrl-C to stop.
`);
}

main().catch((error) => {
  console.error(`pnpm dev:cluster: ${error.message}`);
  stopAll(1);
});
