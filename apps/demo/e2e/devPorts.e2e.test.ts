// `pnpm dev` (scripts/dev.mjs) beside another server on one of its ports: it must fail, naming the port and the
// variable that moves it — not print "demo is running" over a stranger's page.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../../freePort';

const devScript = fileURLToPath(new URL('../../../scripts/dev.mjs', import.meta.url));

describe('pnpm dev', () => {
  it('fails clearly when another server already answers on the demo’s port', async () => {
    const stranger = createServer((_request, response) => response.end('somebody else’s app'));
    const demoPort = await freePort();
    await new Promise<void>((resolve) => stranger.listen(demoPort, '127.0.0.1', resolve));
    try {
      const env = {
        ...process.env,
        DEMO_PORT: String(demoPort),
        DEMO_BACKEND_PORT: String(await freePort()),
        PROFILEKIT_EMULATOR_PORT: String(await freePort()),
      };
      const child = spawn(process.execPath, [devScript], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
      const code = await new Promise((resolve) => child.once('exit', resolve));
      expect(code).toBe(1);
      expect(output).toContain(`another server already answers on ${demoPort}`);
      expect(output).toContain('set DEMO_PORT to a free port');
      expect(output).not.toContain('demo is running');
    } finally {
      stranger.close();
    }
  });
});
