import { createEmulator, type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { sendFrom } from '../support/sendFrom';
import { sendJson } from '../support/sendJson';

let server: RunningEmulator | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function loggedIn(emulator: RunningEmulator, uid: string, tokens = 1): Promise<string[]> {
  const key = { apikey: emulator.authKey };
  await sendJson(`${emulator.url}/v3/users`, 'POST', key, JSON.stringify({ uid, name: uid }));
  const issued: string[] = [];
  for (let i = 0; i < tokens; i += 1) {
    issued.push((await sendJson(`${emulator.url}/v3/users/${uid}/auth_tokens`, 'POST', key, '{}')).body.data.authToken);
  }
  return issued;
}

describe('rate limits hold on the identity that authenticated', () => {
  it('a logged-in user adding a junk apikey header still gets 429 after the limit', async () => {
    server = await startEmulator({ port: 0, rateLimit: { requests: 5, windowMs: 60_000 } });
    const [authToken = ''] = await loggedIn(server, 'greedy');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const junk = { authToken, appId: server.appId, apikey: `junk-${i}` };
      statuses.push((await sendJson(`${server.url}/v3/me`, 'GET', junk)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it("a user's many auth tokens share one limit", async () => {
    server = await startEmulator({ port: 0, rateLimit: { requests: 5, windowMs: 60_000 } });
    const tokens = await loggedIn(server, 'rotator', 4);
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const headers = { authToken: tokens[i % tokens.length] ?? '', appId: server.appId };
      statuses.push((await sendJson(`${server.url}/v3/me`, 'GET', headers)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
  });

  it('unknown keys and tokens count against the client address, not a fresh bucket each', async () => {
    server = await startEmulator({ port: 0, rateLimit: { requests: 5, windowMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      statuses.push((await sendJson(`${server.url}/v3/users`, 'GET', { apikey: `guess-${i}` })).status);
      statuses.push((await sendJson(`${server.url}/v3/me`, 'GET', { authToken: `guess-${i}` })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    // The keys themselves are untouched by the strangers' failures.
    expect((await sendJson(`${server.url}/v3/users`, 'GET', { apikey: server.restApiKey })).status).toBe(200);
  });
});

describe("the limiter's memory is bounded", () => {
  it('60,000 distinct 8 KB junk credentials in process: the buckets stay within their cap and the heap stays flat', async () => {
    const maxBuckets = 1_000;
    const emulator = createEmulator({ rateLimit: { requests: 1_000_000, windowMs: 60_000, maxBuckets } });
    const filler = 'x'.repeat(8 * 1024);
    const statuses = new Map<number, number>();
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    for (let n = 0; n < 60_000; n += 1) {
      const headers: Record<string, string> = n % 2 ? { apikey: `${n}-${filler}` } : { authToken: `${n}-${filler}` };
      const response = await emulator.fetch(new Request('http://emulator.test/v3/users', { headers }));
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
    globalThis.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const buckets = emulator.rateLimitBuckets();
    const grewMb = (heapAfter - heapBefore) / 1024 / 1024;
    console.log(
      `limiter: 60000 distinct 8 KB credentials → ${buckets} bucket(s) (cap ${maxBuckets}); heap ${mb(heapBefore)} MB → ${mb(heapAfter)} MB (${grewMb >= 0 ? '+' : ''}${grewMb.toFixed(0)} MB)`,
    );
    expect(Object.fromEntries(statuses)).toEqual({ 401: 60_000 });
    expect(buckets).toBeLessThanOrEqual(maxBuckets);
    expect(grewMb).toBeLessThan(64);
    emulator.close();
  }, 240_000); // ~1 ms a request on a busy 2-core machine: 8 KB headers are parsed and checked 60,000 times.

  it('clients from more addresses than the cap keep the buckets at the cap (real sockets, 127.1.x.y)', async () => {
    const maxBuckets = 100;
    server = await startEmulator({ port: 0, rateLimit: { requests: 1_000_000, windowMs: 60_000, maxBuckets } });
    const statuses = await sendFrom({
      url: `${server.url}/v3/users`,
      addresses: 300,
      perAddress: 1,
      headers: (n) => ({ apikey: `guess-${n}` }),
    });
    console.log(
      `limiter: ${statuses.length} clients from distinct addresses → ${server.emulator.rateLimitBuckets()} buckets (cap ${maxBuckets})`,
    );
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(server.emulator.rateLimitBuckets()).toBe(maxBuckets);
  });
});

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
