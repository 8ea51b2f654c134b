import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/index';
import { callers, createAndLogin } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'profilekit-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rounds = 15;

describe.each([
  ['memory store', {}],
  ['sqlite store', { db: join(dir, 'concurrency.sqlite') }],
])('parallel partial updates of one user (%s)', (_name, storeOptions) => {
  it('lose no field: every round of concurrent one-field updates lands completely', async () => {
    const server: RunningEmulator = await startEmulator({ port: 0, ...storeOptions });
    try {
      const api = callers(server);
      const token = await createAndLogin(api, 'busy', 'Busy');
      for (let round = 0; round < rounds; round++) {
        const expected = {
          name: `Name ${round}`,
          avatar: `https://img.example/${round}.png`,
          link: `https://profile.example/${round}`,
          statusMessage: `status ${round}`,
          tags: [`tag-${round}`],
          metadata: { round },
          role: round % 2 === 0 ? 'admin' : 'moderator',
        };
        const answers = await Promise.all(
          Object.entries(expected).map(([field, value], index) =>
            field === 'role' || index % 2 === 0
              ? api.authKey('PUT', '/v3/users/busy', { [field]: value })
              : api.user(token)('PUT', '/v3/me', { [field]: value }),
          ),
        );
        expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
        const user = (await api.admin('GET', '/v3/users/busy')).body.data;
        expect(user).toMatchObject(expected);
      }
    } finally {
      await server.close();
    }
  });
});
