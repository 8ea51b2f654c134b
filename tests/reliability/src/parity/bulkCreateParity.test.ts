import type { BulkCreateOutcome } from '@profilekit/core/backend';
import { MAX_BULK_CREATE } from '@profilekit/core/backend';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandler } from '@profilekit/server';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCases } from '../summary/cases';
import { readUser } from '../support/cometChatUsers';
import { payloadArb, withUniqueUids } from './payloads';
import { coreVerdict } from './verdict';

const RUNS = Math.min(2_000, Number(process.env.RELIABILITY_PARITY_RUNS ?? 2_000));
const SEED = Number(process.env.RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const roles = ['default', 'admin', 'moderator'];

let emulator: RunningEmulator;
let handler: ProfileKitHandler;

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, rateLimit: false, roles });
  handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    rateLimit: false,
    maxBodyBytes: 4 * 1024 * 1024,
    authorize: async () => ({ uid: 'importer', role: 'admin' }),
  });
});
afterAll(() => emulator.close());

async function bulk(users: unknown[]): Promise<BulkCreateOutcome[]> {
  const request = new Request('http://backend.test/users/bulk', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ users }),
  });
  const response = await handler(request);
  const text = await response.text();
  expect(response.status, text).toBe(200);
  return JSON.parse(text).data.results;
}

describe(`bulk create parity: each row's outcome = the core's verdict (seed ${SEED})`, () => {
  it('POST /users/bulk: generated rows, valid and invalid, in batches of 100', { timeout: 300_000 }, async ({
    task,
  }) => {
    const count = countCases(task.meta);
    const rows = withUniqueUids(fc.sample(payloadArb('create', roles), { numRuns: RUNS, seed: SEED }));
    const mismatches: string[] = [];
    for (let start = 0; start < rows.length; start += MAX_BULK_CREATE) {
      const batch = rows.slice(start, start + MAX_BULK_CREATE).map((row) => JSON.parse(JSON.stringify(row)));
      const outcomes = await bulk(batch);
      expect(outcomes).toHaveLength(batch.length);
      for (const [index, row] of batch.entries()) {
        count.tried();
        const expected = coreVerdict('create', row, { uid: '', roles });
        const outcome = outcomes[index];
        const ok = expected.accepted
          ? outcome?.status === 'created' &&
            (await readUser(emulator.url, emulator.restApiKey, outcome.uid))?.name === expected.data.name
          : outcome?.status === 'invalid' &&
            (Object.keys(expected.details).join() === 'role'
              ? Object.keys(outcome.details).join() === 'role'
              : JSON.stringify(outcome.details) === JSON.stringify(expected.details));
        if (ok) count.passed();
        else mismatches.push(`${JSON.stringify(expected)} ≠ ${JSON.stringify(outcome)}\n  row: ${JSON.stringify(row)}`);
      }
    }
    expect(mismatches.slice(0, 3), `seed ${SEED}: ${mismatches.length} of ${rows.length} disagree`).toEqual([]);
  });
});
