import { type UserOperation, userOperations } from '@profilekit/core';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countCases } from '../summary/cases';
import { concurrently } from '../support/concurrently';
import { sendJson } from '../support/sendJson';
import { payloadArb, withUniqueUids } from './payloads';
import { type Answer, coreVerdict, disagreement } from './verdict';

/** The operations CometChat (and so the emulator) serves; `signup` is your backend's, tested with the server package. */
const cometChatOperations = userOperations.filter((operation) => operation !== 'signup');

const RUNS = Number(process.env.RELIABILITY_PARITY_RUNS ?? 10_000);
const SEED = Number(process.env.RELIABILITY_SEED ?? Math.floor(Math.random() * 2 ** 31));
const IN_FLIGHT = 48;
const roles = ['default', 'admin', 'moderator'];
const target = 'parity-target';

let server: EmulatorProcess;
let authToken: string;

beforeAll(async () => {
  server = await startEmulatorProcess([
    '--port',
    '0',
    '--db',
    ':memory:',
    '--rate-limit',
    'off',
    '--roles',
    roles.join(','),
    // The core's verdict is profilekit's rules; the emulator applies them only with --strict (without it, CometChat's
    // looser documented ones: any URL scheme, any status message length).
    '--strict',
  ]);
  const send = (method: string, path: string, body: unknown, headers: Record<string, string>) =>
    fetch(server.url + path, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }).then((response) => response.json());
  await send('POST', '/v3/users', { uid: target, name: 'Parity target' }, { apikey: server.authKey });
  await send('POST', '/v3/users', { uid: 'parity-me', name: 'Parity me' }, { apikey: server.authKey });
  authToken = (await send('POST', '/v3/users/parity-me/auth_tokens', {}, { apikey: server.authKey })).data.authToken;
});
afterAll(() => server.stop());

/** Where each operation's request goes and with which credential. */
function requestOf(operation: UserOperation): { method: string; path: string; headers: Record<string, string> } {
  if (operation === 'create') return { method: 'POST', path: '/v3/users', headers: { apikey: server.authKey } };
  if (operation === 'update')
    return { method: 'PUT', path: `/v3/users/${target}`, headers: { apikey: server.authKey } };
  return { method: 'PUT', path: '/v3.0/me', headers: { authToken, appId: server.appId } };
}

describe(`schema parity: core verdict = emulator verdict over HTTP (seed ${SEED})`, () => {
  // 10,000 HTTP requests per operation: minutes, not seconds, on a busy 2-core machine.
  const timeout = 300_000;
  it.for(cometChatOperations)('%s: generated payloads, valid and invalid', { timeout }, async (operation, { task }) => {
    const count = countCases(task.meta);
    const generated = fc.sample(payloadArb(operation, roles), { numRuns: RUNS, seed: SEED });
    const payloads = operation === 'create' ? withUniqueUids(generated) : generated;
    const { method, path, headers } = requestOf(operation);
    const mismatches: string[] = [];
    let accepted = 0;
    await concurrently(payloads, IN_FLIGHT, async (payload) => {
      count.tried();
      const wire = JSON.stringify(payload);
      const body: unknown = JSON.parse(wire);
      const expected = coreVerdict(operation, body, { uid: target, roles });
      const answer: Answer = await sendJson(server.url + path, method, headers, wire);
      const problem = disagreement(operation, expected, answer);
      if (problem) mismatches.push(`${problem}\n    payload: ${wire.slice(0, 400)}`);
      else count.passed();
      if (expected.accepted) accepted += 1;
    });
    expect(mismatches.slice(0, 5), `seed ${SEED}: ${mismatches.length} of ${RUNS} disagree`).toEqual([]);
    // The mix must exercise both verdicts, or the comparison proves little.
    expect(accepted).toBeGreaterThan(RUNS * 0.15);
    expect(accepted).toBeLessThan(RUNS * 0.85);
  });
});
