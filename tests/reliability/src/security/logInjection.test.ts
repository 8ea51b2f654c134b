import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmulator } from '@profilekit/emulator';
import { startEmulatorProcess } from '@profilekit/emulator/testing';
import { createProfileKitHandler } from '@profilekit/server';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnDemoBackend } from '../support/demoBackend';

// Issue 25, finding 9: a request path with %0a wrote a forged line into the backend's log.
const forged = '/api/x%0d%0aGET%20/api/users%20200%200ms%1b[2J%e2%80%a8';
const dir = mkdtempSync(join(tmpdir(), 'profilekit-log-'));
const stops: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  await Promise.all(stops.map((stop) => stop()));
  rmSync(dir, { recursive: true, force: true });
});

/** Sends the path byte for byte (fetch would normalise it). */
const raw = (base: string, path: string) =>
  new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(base);
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });

describe('issue 25 finding 9: control characters in a request never make a second log line', () => {
  it('the server handler’s log escapes CR, LF, ESC and U+2028 in the path', async () => {
    const emulator = createEmulator({ rateLimit: false });
    const lines: string[] = [];
    const handler = createProfileKitHandler({
      target: { baseUrl: 'http://emulator.test', appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      basePath: '/api',
      log: (line) => lines.push(line),
    });
    await handler(new Request(`http://backend.test${forged}`));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(lines[0]).toContain('\\x0d\\x0aGET');
  });

  it('the demo backend’s log (its stdout) gains exactly one line for the request', async () => {
    const emulator = await startEmulatorProcess(['--port', '0', '--db', ':memory:', '--rate-limit', 'off']);
    stops.push(() => emulator.stop());
    const backend = await spawnDemoBackend({
      emulatorUrl: emulator.url,
      appId: emulator.appId,
      restApiKey: emulator.restApiKey,
      db: join(dir, 'accounts.sqlite'),
    });
    stops.push(() => backend.stop());
    const before = backend.output().split('\n').length;
    expect(await raw(backend.url, forged)).toBe(404);
    await expect.poll(() => backend.output().split('\n').length, { timeout: 5_000 }).toBe(before + 1);
    const line = backend.output().split('\n').at(-2) ?? '';
    expect(line).toMatch(/^GET \/api\/x\\x0d\\x0aGET \/api\/users 200 0ms\\x1b\[2J\\u2028 404 \d+ms$/);
    expect(backend.output()).not.toMatch(/^GET \/api\/users 200/m);
  });
});
