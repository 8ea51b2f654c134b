import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBulkBackend } from '../support/bulkBackend';

let backend: Awaited<ReturnType<typeof startBulkBackend>>;
beforeAll(async () => {
  backend = await startBulkBackend({ rateLimit: { bulkCreate: { perIp: 100, perKey: 3, windowMs: 60_000 } } });
});
afterAll(() => backend.close());

describe('POST /users/bulk is limited per admin', () => {
  it("the 4th batch of one admin gets 429 with Retry-After and creates nobody; another admin's batches still pass", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const answer = await backend.bulk({ users: [{ uid: `wave-${i}`, name: 'W' }] }, backend.admin.authToken);
      statuses.push(answer.status);
      if (answer.status === 429) {
        expect(answer.body.error.code).toBe('ERR_TOO_MANY_REQUESTS');
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(await backend.read('wave-3')).toBeUndefined();
    const other = await backend.bulk({ users: [{ uid: 'other-0', name: 'O' }] }, backend.otherAdmin.authToken);
    expect(other.status).toBe(200);
    expect(other.body.data.created).toBe(1);
  });
});
