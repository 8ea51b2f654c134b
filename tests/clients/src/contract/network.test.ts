import { isNetworkError, isRateLimitError } from '@profilekit/core';
import { describe, expect, it } from 'vitest';
import { failure, useEnvironment } from './harness';
import { type ClientKind, clientKinds, type Environment } from './implementations';

const open = useEnvironment();

/** An environment whose client is logged in as `net1`. */
async function openLoggedIn(
  kind: ClientKind,
  ...options: Parameters<typeof open> extends [unknown, ...infer R] ? R : never
) {
  const env = await open(kind, ...options);
  await env.admin.createUser({ uid: 'net1', name: 'Net' });
  await env.client.login('net1', env.authKey);
  return env;
}

const attempts = (env: Environment, method: string, path: RegExp) =>
  env.line.seen.filter((seen) => seen.method === method && path.test(seen.path));

describe.each(clientKinds)('UserClient contract: rate limits and the network (%s)', (kind) => {
  it('429 on a read: waits for Retry-After and succeeds', async () => {
    const env = await openLoggedIn(kind, { rateLimit: { requests: 3, windowMs: 1000 } });
    const { client, line } = env;
    const users = [];
    for (let read = 0; read < 4; read++) users.push(await client.getUser('net1'));
    expect(users.map((user) => user.uid)).toEqual(['net1', 'net1', 'net1', 'net1']);
    const reads = attempts(env, 'GET', /\/users\/net1/).map((seen) => seen.status);
    expect(reads).toContain(429);
    expect(reads.at(-1)).toBe(200);
    expect(line.seen.length).toBeGreaterThan(4);
  });

  it('429 on a write: RateLimitError with retryAfterMs, never retried', async () => {
    const env = await openLoggedIn(kind, { rateLimit: { requests: 3, windowMs: 1000 } });
    const { client } = env;
    let error: unknown;
    let calls = 0;
    while (!error && calls < 6) {
      calls++;
      error = await client.updateCurrentUserDetails({ statusMessage: `try ${calls}` }).then(
        () => undefined,
        (e) => e,
      );
    }
    expect(isRateLimitError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ERR_TOO_MANY_REQUESTS', status: 429 });
    expect((error as { retryAfterMs: number }).retryAfterMs).toBeGreaterThan(0);
    expect(attempts(env, 'PUT', /\/me$/).length - 1, 'one request per call (login made one)').toBe(calls);
  });

  it('abort before sending: ERR_ABORTED and no request', async () => {
    const { client, adminKey, admin, line } = await openLoggedIn(kind);
    const before = line.seen.length;
    const controller = new AbortController();
    controller.abort();
    const error = await failure(
      client.createUser({ uid: 'never1', name: 'Never' }, adminKey, { signal: controller.signal }),
    );
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ERR_ABORTED', status: 0 });
    expect(line.seen.length).toBe(before);
    await expect(admin.getUser('never1')).rejects.toMatchObject({ code: 'ERR_UID_NOT_FOUND' });
  });

  it('abort in flight: ERR_ABORTED at once', async () => {
    const { client, line } = await openLoggedIn(kind);
    line.mode = 'hang';
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await failure(client.getUser('net1', { signal: controller.signal }));
    expect(error).toMatchObject({ name: 'NetworkError', code: 'ERR_ABORTED' });
    expect(Date.now() - started).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const held = line.seen.at(-1);
    expect(held?.path).toMatch(/\/users\/net1/);
    if (kind === 'sdk') {
      // The official SDK gives no way to cancel its fetch: the adapter stops waiting, the request stays open.
      expect(held?.cancelled).toBe(false);
    } else {
      expect(held?.cancelled, 'the fetch client closed the connection').toBe(true);
    }
  });

  it('no answer: ERR_TIMEOUT after timeoutMs, reads not retried on timeout', async () => {
    // The timeout covers the log-in before the hang too: 1 s, not less, so a busy machine's login fits in it.
    const timeoutMs = 1000;
    const { client, line } = await openLoggedIn(kind, {}, { timeoutMs });
    line.mode = 'hang';
    const before = line.seen.length;
    const started = Date.now();
    const error = await failure(client.getUser('net1'));
    expect(isNetworkError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'ERR_TIMEOUT', status: 0 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(timeoutMs - 10);
    expect(line.seen.length - before).toBe(1);
  });

  it('network down: NetworkError ERR_NETWORK; reads retried a bounded number of times, writes once', async () => {
    const env = await openLoggedIn(kind);
    const { client, adminKey, line } = env;
    line.mode = 'down';
    const read = await failure(client.getUser('net1'));
    expect(read).toMatchObject({ name: 'NetworkError', code: 'ERR_NETWORK', status: 0 });
    expect(attempts(env, 'GET', /\/users\/net1/)).toHaveLength(3);
    const write = await failure(client.createUser({ uid: 'offline1', name: 'Off' }, adminKey));
    expect(write).toMatchObject({ name: 'NetworkError', code: 'ERR_NETWORK' });
    expect(attempts(env, 'POST', /\/users$/)).toHaveLength(1);
  });
});
