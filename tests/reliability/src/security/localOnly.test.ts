import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoBackendProcess, spawnDemoBackend } from '../support/demoBackend';
import { sendJson } from '../support/sendJson';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-local-only-'));
let emulator: RunningEmulator;
let backend: DemoBackendProcess;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false });
  backend = await spawnDemoBackend({
    emulatorUrl: emulator.url,
    appId: emulator.appId,
    restApiKey: emulator.restApiKey,
    db: join(dir, 'accounts.sqlite'),
  });
});
afterAll(async () => {
  await Promise.all([backend?.stop(), emulator?.close()]);
  rmSync(dir, { recursive: true, force: true });
});

const rebound = [
  'attacker.example',
  'attacker.example:3939',
  'localhost.attacker.example',
  '127.0.0.1.nip.io',
  '0.0.0.0',
];
const local = ['localhost', 'localhost:3939', '127.0.0.1:1', '[::1]:3939', 'LOCALHOST'];

describe('the emulator answers only to local names', () => {
  it.each(rebound)('Host: %s gets 403 ERR_HOST_NOT_ALLOWED', async (host) => {
    const answer = await sendJson(`${emulator.url}/v3/users`, 'GET', { host, apikey: emulator.restApiKey });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('ERR_HOST_NOT_ALLOWED');
    expect(answer.text).not.toContain(emulator.restApiKey);
  });

  it.each(local)('Host: %s is served', async (host) => {
    const answer = await sendJson(`${emulator.url}/v3/users`, 'GET', { host, apikey: emulator.restApiKey });
    expect(answer.status).toBe(200);
  });

  it('accepts a name it was configured with', async () => {
    const server = await startEmulator({ port: 0, allowedHosts: ['devbox.lan'] });
    try {
      const answer = await sendJson(`${server.url}/v3`, 'GET', { host: 'devbox.lan:3939' });
      expect(answer.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe("the emulator's CORS trusts only local pages", () => {
  const preflight = (origin: string, url = emulator.url) =>
    sendJson(`${url}/v3/users`, 'OPTIONS', {
      origin,
      'access-control-request-method': 'DELETE',
      'access-control-request-headers': 'apikey,content-type',
    });

  it.each(['https://attacker.example', 'null', 'http://localhost.attacker.example', 'file://'])(
    'Origin: %s is refused and never allowed',
    async (origin) => {
      for (const answer of [
        await preflight(origin),
        await sendJson(`${emulator.url}/v3/users`, 'GET', { origin, apikey: emulator.restApiKey }),
      ]) {
        expect(answer.status).toBe(403);
        expect(answer.body.error.code).toBe('ERR_ORIGIN_NOT_ALLOWED');
        expect(answer.headers['access-control-allow-origin']).toBeUndefined();
        expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
      }
    },
  );

  it.each(['http://localhost:5173', 'http://127.0.0.1:4173', 'http://[::1]:6006'])(
    'Origin: %s (a dev server on this machine) is allowed, without credentials',
    async (origin) => {
      const answer = await preflight(origin);
      expect(answer.status).toBe(204);
      expect(answer.headers['access-control-allow-origin']).toBe(origin);
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    },
  );

  it('allows a configured origin, and any origin only when asked for `*` — never with credentials', async () => {
    const configured = await startEmulator({ port: 0, corsOrigins: ['https://devbox.lan:5173'] });
    const anyOrigin = await startEmulator({ port: 0, corsOrigins: '*' });
    try {
      const allowed = await preflight('https://devbox.lan:5173', configured.url);
      expect(allowed.headers['access-control-allow-origin']).toBe('https://devbox.lan:5173');
      expect((await preflight('https://attacker.example', configured.url)).status).toBe(403);
      const star = await preflight('https://attacker.example', anyOrigin.url);
      expect(star.status).toBe(204);
      expect(star.headers['access-control-allow-origin']).toBe('*');
      expect(star.headers['access-control-allow-credentials']).toBeUndefined();
    } finally {
      await Promise.all([configured.close(), anyOrigin.close()]);
    }
  });
});

describe('the demo backend answers only to local names and pages', () => {
  it.each(rebound)('Host: %s gets 403 ERR_HOST_NOT_ALLOWED', async (host) => {
    const answer = await sendJson(`${backend.url}/api/health`, 'GET', { host });
    expect(answer.status).toBe(403);
    expect(answer.body.error.code).toBe('ERR_HOST_NOT_ALLOWED');
  });

  it('serves localhost, and refuses a registration posted from another origin', async () => {
    expect((await sendJson(`${backend.url}/api/health`, 'GET', { host: 'localhost:5173' })).status).toBe(200);
    const body = JSON.stringify({
      user: { uid: 'cross-site', name: 'X' },
      account: { password: 'correct horse battery' },
    });
    const crossSite = await sendJson(`${backend.url}/api/signup`, 'POST', { origin: 'https://attacker.example' }, body);
    expect(crossSite.status).toBe(403);
    expect(crossSite.body.error.code).toBe('ERR_ORIGIN_NOT_ALLOWED');
    const fromDemo = await sendJson(`${backend.url}/api/signup/uids/cross-site`, 'GET', {
      origin: 'http://localhost:5173',
    });
    expect(fromDemo.status).toBe(200);
    expect(fromDemo.headers['access-control-allow-origin']).toBe('http://localhost:5173');
  });
});
