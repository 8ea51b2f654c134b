import { maskSecret, redactSecrets } from '@profilekit/core/internal';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../support/sendJson';

const key = '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c';

/** Milliseconds one call takes (the fastest of three, so a busy machine does not decide). */
function timed(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i += 1) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('redactSecrets runs in linear time (it runs inside every error)', () => {
  it.each([
    ['1,600 digits then g', `${'1'.repeat(1_600)}g`],
    ['a uid-like run of 20,000 characters then !', `${'a1-'.repeat(6_667)}!`],
    ['100,000 hex digits then g', `${'a'.repeat(100_000)}g`],
    ['an auth token shape repeated 2,000 times', 'u_1700000000'.repeat(2_000)],
  ])('%s: under 100 ms', (_name, text) => {
    const ms = timed(() => redactSecrets(text));
    console.log(`redactSecrets(${text.length} chars): ${ms.toFixed(1)} ms`);
    expect(ms).toBeLessThan(100);
  });

  it('still removes keys, auth tokens (uids with _ and - too) and credential pairs', () => {
    const tokens = [`superhero1_1700000000${'ab12'.repeat(10)}`, `super_hero-1_1700000000${'cd34'.repeat(10)}`];
    const text = `key ${key}; tokens ${tokens.join(' and ')}; apikey=hunter2hunter2 authToken: "s3cr3t-value"`;
    const out = redactSecrets(text);
    for (const secret of [key, ...tokens, 'hunter2hunter2', 's3cr3t-value']) expect(out).not.toContain(secret);
    expect(out).toContain('tokens ');
    expect(redactSecrets('UID usr1 does not exist; token count 3')).toBe('UID usr1 does not exist; token count 3');
  });
});

describe('a masked secret tells nothing of the secret', () => {
  it('neither its first characters nor its length', () => {
    expect(maskSecret(key)).not.toContain(key.slice(0, 4));
    expect(maskSecret(key)).toBe(maskSecret('short'));
    expect(maskSecret(key)).toBe(maskSecret(key.repeat(3)));
  });

  describe('in the emulator', () => {
    let server: RunningEmulator;
    beforeAll(async () => {
      server = await startEmulator({ port: 0, rateLimit: false });
    });
    afterAll(() => server.close());

    it('an unknown key, an Auth Key without scope and an unknown token are refused without a hint of them', async () => {
      const answers = [
        await sendJson(`${server.url}/v3/users`, 'GET', { apikey: key }),
        await sendJson(`${server.url}/v3/users`, 'GET', { apikey: server.authKey }),
        await sendJson(`${server.url}/v3/me`, 'GET', { authToken: `bob_1700000000${key}` }),
      ];
      expect(answers.map((answer) => answer.status)).toEqual([401, 403, 401]);
      for (const [answer, secret] of [
        [answers[0], key],
        [answers[1], server.authKey],
        [answers[2], `bob_1700000000${key}`],
      ] as const) {
        expect(answer?.text).not.toContain(secret.slice(0, 4));
        expect(answer?.text).not.toContain('*'.repeat(secret.length - 4));
      }
    });
  });
});
