import { MAX_BULK_CREATE } from '@profilekit/core/backend';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBulkBackend } from '../support/bulkBackend';

let backend: Awaited<ReturnType<typeof startBulkBackend>>;
beforeAll(async () => {
  backend = await startBulkBackend({ rateLimit: false, maxBodyBytes: 1024 * 1024 });
});
afterAll(() => backend.close());

const users = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ uid: `${prefix}${i}`, name: `N ${i}` }));

describe('POST /users/bulk refuses hostile batches, raw', () => {
  it(`a batch of ${MAX_BULK_CREATE + 1} users is refused whole, naming "users", and creates nobody`, async () => {
    const answer = await backend.bulk({ users: users('over', MAX_BULK_CREATE + 1) }, backend.admin.authToken);
    expect(answer.status).toBe(400);
    expect(answer.body.error.code).toBe('ERR_BAD_REQUEST');
    expect(answer.body.error.details.users[0]).toContain(`1–${MAX_BULK_CREATE}`);
    expect(await backend.read('over0')).toBeUndefined();
  });

  it.for([
    ['no users key', { uids: ['a'] }],
    ['an empty list', { users: [] }],
    ['users as an object', { users: { uid: 'x', name: 'X' } }],
    ['a bare array', [{ uid: 'x', name: 'X' }]],
  ] as const)('%s → 400 naming "users"', async ([, body]) => {
    const answer = await backend.bulk(body, backend.admin.authToken);
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.error.details)).toEqual(['users']);
  });

  it('invalid rows are answered one by one with the field and the rule; valid rows beside them are created', async () => {
    const answer = await backend.bulk(
      {
        users: [
          { uid: 'fine-1', name: 'Fine' },
          { uid: 'bad uid!', name: 'Spaces' },
          { uid: 'no-name' },
          { uid: 'evil-avatar', name: 'E', avatar: 'javascript:alert(1)' },
          { uid: '__proto__', name: 'P', metadata: { __proto__: { admin: true } } },
          'not an object',
          { uid: 'fine-2', name: 'Fine', role: 'no-such-role' },
        ],
      },
      backend.admin.authToken,
    );
    expect(answer.status).toBe(200);
    const { results } = answer.body.data;
    expect(results.map((row: { status: string }) => row.status)).toEqual([
      'created',
      'invalid',
      'invalid',
      'invalid',
      'created',
      'invalid',
      'invalid',
    ]);
    expect(Object.keys(results[1].details)).toEqual(['uid']);
    expect(Object.keys(results[2].details)).toEqual(['name']);
    expect(Object.keys(results[3].details)).toEqual(['avatar']);
    expect(Object.keys(results[6].details)).toEqual(['role']);
    expect(await backend.read('no-name')).toBeUndefined();
    expect(await backend.read('evil-avatar')).toBeUndefined();
    expect(await backend.read('fine-2')).toBeUndefined();
    expect(({} as Record<string, unknown>).admin, 'no prototype is polluted').toBeUndefined();
  });

  it('a uid sent twice in one batch, or already taken, is "exists": nothing is created twice', async () => {
    const first = await backend.bulk(
      {
        users: [
          { uid: 'Twice', name: 'One' },
          { uid: 'twice', name: 'Two' },
        ],
      },
      backend.admin.authToken,
    );
    expect(first.body.data.results.map((row: { status: string }) => row.status)).toEqual(['created', 'exists']);
    const again = await backend.bulk({ users: [{ uid: 'twice', name: 'Three' }] }, backend.admin.authToken);
    expect(again.body.data).toMatchObject({ created: 0, exists: 1 });
    expect((await backend.read('twice'))?.name).toBe('One');
  });

  it.for([
    { who: 'anonymous', status: 401 },
    { who: 'alice', status: 403 },
  ] as const)('$who gets $status and creates nobody', async ({ who, status }) => {
    const token = who === 'alice' ? backend.alice.authToken : undefined;
    const answer = await backend.bulk({ users: [{ uid: `sneak-${status}`, name: 'S', role: 'admin' }] }, token);
    expect(answer.status).toBe(status);
    expect(await backend.read(`sneak-${status}`)).toBeUndefined();
  });

  it('a text/plain body (a cross-site form post needs no preflight) is refused with 415', async () => {
    const request = new Request('http://backend.test/users/bulk', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${backend.admin.authToken}` },
      body: JSON.stringify({ users: [{ uid: 'plain', name: 'P' }] }),
    });
    expect((await backend.handler(request)).status).toBe(415);
    expect(await backend.read('plain')).toBeUndefined();
  });
});
