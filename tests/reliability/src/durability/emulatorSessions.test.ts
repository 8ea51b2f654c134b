import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_APP_ID } from '@profilekit/emulator';
import { type EmulatorProcess, startEmulatorProcess } from '@profilekit/emulator/testing';
import { afterAll, expect, it } from 'vitest';
import { sendJson } from '../support/sendJson';

/*
 * The emulator's own kill -9 test (packages/emulator/test/durability.test.ts) covers creates and admin
 * renames. This variant covers the other writes a session makes: auth tokens, updateCurrentUserDetails,
 * unset, metadata and blocking — each acknowledged one must be there after the restart.
 */

const dir = mkdtempSync(join(tmpdir(), 'profilekit-sessions-durability-'));
const running: EmulatorProcess[] = [];
afterAll(async () => {
  await Promise.all(running.map((emulator) => emulator.stop()));
  rmSync(dir, { recursive: true, force: true });
});

interface Acknowledged {
  uid: string;
  authToken?: string;
  statusMessage?: string;
  unsetAvatar?: true;
  blocked?: string;
}

it('kill -9 during sessions: every acknowledged token, profile change, unset and block survives', async () => {
  const db = join(dir, 'emulator.sqlite');
  const first = await startEmulatorProcess(['--port', '0', '--db', db, '--rate-limit', 'off']);
  running.push(first);
  const call = (method: string, path: string, headers: Record<string, string>, body?: unknown) =>
    sendJson(`${first.url}/v3${path}`, method, headers, body === undefined ? undefined : JSON.stringify(body));
  const ok = (answer: { status: number; text: string }) => {
    if (answer.status !== 200) throw new Error(`${answer.status} ${answer.text}`);
  };
  const acknowledged: Acknowledged[] = [];
  let killed = false;
  let interrupted = 0;

  const worker = async (id: number) => {
    let previous: string | undefined;
    for (let n = 0; !killed; n++) {
      const uid = `s${id}-${n}`;
      try {
        ok(
          await call(
            'POST',
            '/users',
            { apikey: first.authKey },
            { uid, name: uid, avatar: 'https://a.example/x.png' },
          ),
        );
        const record: Acknowledged = { uid };
        acknowledged.push(record);
        const token = await call('POST', `/users/${uid}/auth_tokens`, { apikey: first.authKey }, {});
        ok(token);
        record.authToken = token.body.data.authToken;
        const asUser = { authToken: token.body.data.authToken, appId: DEV_APP_ID };
        const statusMessage = `status of ${uid}`;
        ok(await call('PUT', '/me', asUser, { statusMessage, metadata: { n } }));
        record.statusMessage = statusMessage;
        ok(await call('PUT', '/me', asUser, { unset: ['avatar'] }));
        record.unsetAvatar = true;
        if (previous) {
          ok(await call('POST', '/blockedusers', asUser, { blockedUids: [previous] }));
          record.blocked = previous;
        }
        previous = uid;
      } catch (error) {
        if (!killed) throw error;
        interrupted += 1;
        return;
      }
    }
  };
  const workers = Array.from({ length: 6 }, (_, id) => worker(id));
  while (acknowledged.length < 60) await new Promise((resolve) => setTimeout(resolve, 5));
  first.child.kill('SIGKILL');
  killed = true;
  await Promise.all(workers);
  expect(await first.exited).toBe('SIGKILL');
  expect(interrupted).toBeGreaterThan(0);

  const second = await startEmulatorProcess(['--port', '0', '--db', db, '--rate-limit', 'off']);
  running.push(second);
  const lost: string[] = [];
  for (const record of acknowledged) {
    const user = await sendJson(`${second.url}/v3/users/${record.uid}`, 'GET', { apikey: second.restApiKey });
    if (user.status !== 200) {
      lost.push(`${record.uid}: the user`);
      continue;
    }
    if (record.authToken) {
      const me = await sendJson(`${second.url}/v3/me`, 'GET', { authToken: record.authToken, appId: DEV_APP_ID });
      if (me.status !== 200) lost.push(`${record.uid}: the token`);
    }
    if (record.statusMessage && user.body.data.statusMessage !== record.statusMessage)
      lost.push(`${record.uid}: status`);
    if (record.unsetAvatar && user.body.data.avatar !== undefined) lost.push(`${record.uid}: unset avatar`);
    if (record.blocked) {
      const blocked = await sendJson(`${second.url}/v3/users/${record.uid}/blockedusers`, 'GET', {
        apikey: second.restApiKey,
      });
      const uids = blocked.body.data.map((user: { uid: string }) => user.uid);
      if (!uids.includes(record.blocked)) lost.push(`${record.uid}: block of ${record.blocked}`);
    }
  }
  expect(lost).toEqual([]);
});
