import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { freePort } from '../../../../freePort';

const script = fileURLToPath(new URL('../../../../scripts/dev-cluster.mjs', import.meta.url));

// `pnpm dev:cluster` as a person runs it (on free ports, its data in a temp dir): every part starts, both
// backends say where they listen, Vite's /api alternates between them, and one Ctrl-C stops everything.
it('pnpm dev:cluster starts two backends behind Vite round-robin and stops everything on Ctrl-C', async () => {
  const data = mkdtempSync(join(tmpdir(), 'profilekit-dev-cluster-'));
  const port = async () => String(await freePort());
  const demoPort = await port();
  const env = {
    ...process.env,
    DEV_CLUSTER_DATA: data,
    PROFILEKIT_EMULATOR_PORT: await port(),
    DEMO_BACKEND_1_PORT: await port(),
    DEMO_BACKEND_2_PORT: await port(),
    DEMO_PORT: demoPort,
    CLUSTER_POSTGRES_PORT: await port(),
    CLUSTER_REDIS_PORT: await port(),
    CLUSTER_S3_PORT: await port(),
  };
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  try {
    const deadline = Date.now() + 150_000;
    while (!output.includes('demo cluster is running') && child.exitCode === null && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(output, output).toContain('demo cluster is running');
    expect(output).toMatch(
      new RegExp(`^backend 1 listening on http://127\\.0\\.0\\.1:${env.DEMO_BACKEND_1_PORT}$`, 'm'),
    );
    expect(output).toMatch(
      new RegExp(`^backend 2 listening on http://127\\.0\\.0\\.1:${env.DEMO_BACKEND_2_PORT}$`, 'm'),
    );
    const instances: string[] = [];
    for (let n = 0; n < 4; n++) {
      const health = await (await fetch(`http://localhost:${demoPort}/api/health`)).json();
      expect(health.data).toMatchObject({ database: 'postgres', store: 'redis', avatars: 's3' });
      instances.push(health.data.instance);
    }
    expect(instances).toEqual(['1', '2', '1', '2']);
  } finally {
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    // Postgres runs as a daemon: stopped by the script, not by a signal to a child.
    const postmaster = join(data, 'postgres', 'postmaster.pid');
    expect(existsSync(postmaster) ? readFileSync(postmaster, 'utf8') : 'stopped').toBe('stopped');
    // As root, the cluster may live in /tmp behind a link (the postgres user cannot reach a root-only folder).
    const cluster = join(data, 'postgres');
    if (existsSync(cluster)) rmSync(realpathSync(cluster), { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}, 240_000);
