import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type JsonAnswer, sendJson } from '../support/sendJson';

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ port: 0, rateLimit: { requests: 5, windowMs: 60_000 } });
});
afterAll(() => server.close());

const answers: [string, () => Promise<JsonAnswer>][] = [
  ['200 GET /v3', () => sendJson(`${server.url}/v3`, 'GET', {})],
  ['200 GET /v3/users', () => sendJson(`${server.url}/v3/users`, 'GET', { apikey: server.restApiKey })],
  ['401 unknown key', () => sendJson(`${server.url}/v3/users`, 'GET', { apikey: 'nope' })],
  ['404 unknown route', () => sendJson(`${server.url}/v3/nowhere`, 'GET', {})],
  [
    '204 preflight',
    () =>
      sendJson(`${server.url}/v3/users`, 'OPTIONS', {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'GET',
      }),
  ],
  ['403 rebound Host', () => sendJson(`${server.url}/v3/users`, 'GET', { host: 'attacker.example' })],
  ['429 too many', tooMany],
];

/** Unknown keys until the client's address is refused. */
async function tooMany(): Promise<JsonAnswer> {
  for (let i = 0; ; i += 1) {
    const answer = await sendJson(`${server.url}/v3/users`, 'GET', { apikey: `nope-${i}` });
    if (answer.status === 429 || i === 10) return answer;
  }
}

describe('every answer of the emulator carries the security headers', () => {
  it.each(answers)('%s', async (name, send) => {
    const answer = await send();
    expect(String(answer.status)).toBe(name.slice(0, 3));
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBe('DENY');
    expect(answer.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(answer.headers['content-security-policy']).toContain("default-src 'none'");
    expect(answer.headers['referrer-policy']).toBe('no-referrer');
  });
});
