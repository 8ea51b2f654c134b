import type { CreateUserInput } from '@profilekit/core';
import { createBackendClient } from '@profilekit/core/backend';
import { createEmulator } from '@profilekit/emulator/browser';
import { type ImportedRow, importUsersInBatches } from '@profilekit/react/csv';
import { createProfileKitHandler } from '@profilekit/server';
import { describe, expect, it } from 'vitest';
import { BASE_URL } from '../harness';

/**
 * `@profilekit/server` (an admin caller) over an in-process emulator, and the backend client an admin page
 * uses; `inFlight.max` is the most `POST /users/bulk` requests the server was working on at once.
 */
function startImportBackend(maxBodyBytes?: number) {
  const emulator = createEmulator({ rateLimit: false });
  const toEmulator = (async (input: RequestInfo | URL, init?: RequestInit) =>
    emulator.fetch(new Request(input, init))) as typeof globalThis.fetch;
  const handler = createProfileKitHandler({
    target: { baseUrl: BASE_URL, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    transport: { fetch: toEmulator },
    basePath: '/api',
    rateLimit: false,
    authorize: async () => ({ uid: 'importer', role: 'admin' }),
    ...(maxBodyBytes && { maxBodyBytes }),
  });
  const inFlight = { now: 0, max: 0 };
  const toBackend = (async (input: RequestInfo | URL, init?: RequestInit) => {
    inFlight.now += 1;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    try {
      return await handler(new Request(input, init));
    } finally {
      inFlight.now -= 1;
    }
  }) as typeof globalThis.fetch;
  const client = createBackendClient({ baseUrl: 'http://backend.test/api', fetch: toBackend });
  const exists = async (uid: string) =>
    (await emulator.fetch(new Request(`${BASE_URL}/v3/users/${uid}`, { headers: { apikey: emulator.restApiKey } })))
      .status === 200;
  return { client, inFlight, exists };
}

const rowsOf = (count: number, user: (i: number) => CreateUserInput = (i) => ({ uid: `imp${i}`, name: `Imp ${i}` })) =>
  Array.from({ length: count }, (_, i) => ({ row: i + 2, user: user(i) }));

describe('importUsersInBatches against @profilekit/server', { timeout: 60_000 }, () => {
  it('keeps 2 batches in flight by default and answers every row in row order, progress counting up to all', async () => {
    const backend = startImportBackend();
    const rows = rowsOf(250);
    const progress: number[] = [];
    const outcomes = await importUsersInBatches(backend.client, rows, {
      batchSize: 50,
      onBatch: (_rows, { done, total }) => {
        expect(total).toBe(250);
        progress.push(done);
      },
    });
    expect(backend.inFlight.max).toBe(2);
    expect(outcomes.map(({ row, uid, status }) => ({ row, uid, status }))).toEqual(
      rows.map(({ row, user }) => ({ row, uid: user.uid, status: 'created' })),
    );
    expect(progress).toEqual([50, 100, 150, 200, 250]);
    expect(await Promise.all(['imp0', 'imp249'].map(backend.exists))).toEqual([true, true]);
  });

  it('sends one batch at a time with concurrency 1', async () => {
    const backend = startImportBackend();
    await importUsersInBatches(backend.client, rowsOf(120), { batchSize: 40, concurrency: 1 });
    expect(backend.inFlight.max).toBe(1);
  });

  it('a refused batch stops the import once the batch in flight is answered and reported; a rerun creates each user once', async () => {
    // Batch 2 (rows 40–49) is over the server's 8 KB body cap (413); batch 1 is 40 users, answered after it.
    const backend = startImportBackend(8 * 1024);
    const big = (i: number) => i >= 40 && i < 50;
    const rows = rowsOf(90, (i) => ({
      uid: `imp${i}`,
      name: `Imp ${i}`,
      ...(big(i) && { metadata: { note: 'x'.repeat(900) } }),
    }));
    const reported: ImportedRow[] = [];
    const stopped = await importUsersInBatches(backend.client, rows, {
      batchSize: 40,
      maxBatchBytes: 64 * 1024,
      onBatch: (answered) => reported.push(...answered),
    }).catch((error: unknown) => error);
    expect(stopped).toMatchObject({ status: 413 });
    // The first batch was in flight when the second was refused: its 40 rows are reported, nothing after is sent.
    expect(reported.map(({ uid, status }) => `${uid} ${status}`)).toEqual(
      rows.slice(0, 40).map(({ user }) => `${user.uid} created`),
    );
    expect(await Promise.all(['imp39', 'imp40', 'imp50', 'imp89'].map(backend.exists))).toEqual([
      true,
      false,
      false,
      false,
    ]);

    // Again with every row, in batches small enough: the 40 are `exists`, the other 50 created once.
    const rerun = await importUsersInBatches(backend.client, rows, { batchSize: 5 });
    expect(rerun.filter(({ status }) => status === 'exists').map(({ uid }) => uid)).toEqual(
      rows.slice(0, 40).map(({ user }) => user.uid),
    );
    expect(rerun.filter(({ status }) => status === 'created')).toHaveLength(50);
  });
});
