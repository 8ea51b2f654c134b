import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendJson } from '../support/sendJson';

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ port: 0, rateLimit: false });
});
afterAll(() => server.close());

const prototypeKeys = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];
const parameters = ['status', 'sortBy', 'sortOrder'];

describe('GET /users refuses prototype keys as enum values', () => {
  it.each(parameters.flatMap((name) => prototypeKeys.map((value) => [name, value])))(
    '%s=%s gets 400 naming the parameter',
    async (name, value) => {
      const query = new URLSearchParams({ [name]: value });
      const answer = await sendJson(`${server.url}/v3/users?${query}`, 'GET', { apikey: server.restApiKey });
      expect(answer.status).toBe(400);
      expect(answer.body.error.code).toBe('ERR_BAD_REQUEST');
      expect(Object.keys(answer.body.error.details)).toEqual([name]);
    },
  );

  it('still takes the documented values and the SDK alias status=available', async () => {
    const query = 'status=available&sortBy=status&sortOrder=desc';
    const answer = await sendJson(`${server.url}/v3/users?${query}`, 'GET', { apikey: server.restApiKey });
    expect(answer.status).toBe(200);
  });
});
