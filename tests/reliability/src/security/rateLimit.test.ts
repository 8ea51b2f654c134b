import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterEach, describe, expect, it } from 'vitest';
import { sendFrom } from '../support/sendFrom';
import { sendJson } from '../support/sendJson';

let server: RunningEmulator | undefined;
afterEach(() => server?.close());

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
  it('60,000 distinct 8 KB credentials from 2,000 addresses keep the buckets at their cap and the heap flat', async () => {
    const maxBuckets = 1_000;
    server = await startEmulator({ port: 0, rateLimit: { requests: 1_000_000, windowMs: 60_000, maxBuckets } });
    const filler = 'x'.repeat(8 * 1024);
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const statuses = await sendFrom({
      url: `${server.url}/v3/users`,
      addresses: 2_000,
      perAddress: 30,
      headers: (n) => ({ apikey: `${n}-${filler}` }),
    });
    globalThis.gc?.();
    const heapAfter = process.memoryUsage().heapUsed;
    const buckets = server.emulator.rateLimitBuckets();
    const grewMb = (heapAfter - heapBefore) / 1024 / 1024;
    console.log(
      `limiter: ${statuses.length} requests with distinct 8 KB keys → ${buckets} buckets (cap ${maxBuckets}); heap ${(heapBefore / 1048576).toFixed(0)} MB → ${(heapAfter / 1048576).toFixed(0)} MB (${grewMb >= 0 ? '+' : ''}${grewMb.toFixed(0)} MB)`,
    );
    expect(statuses.length).toBe(60_000);
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(buckets).toBe(maxBuckets);
    expect(grewMb).toBeLessThan(64);
  });
});
