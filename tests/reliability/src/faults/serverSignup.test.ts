import { createEmulator, type Emulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandler } from '@profilekit/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { createFaultyFetch, type Fault, type FaultyNetwork, matching } from '../support/faultyFetch';
import { memoryAccounts } from '../support/memoryAccounts';

let emulator: Emulator;
let network: FaultyNetwork;
let handler: ProfileKitHandler;
let accounts: ReturnType<typeof memoryAccounts>;

beforeEach(() => {
  emulator = createEmulator({ rateLimit: false });
  network = createFaultyFetch((request) => emulator.fetch(request));
  accounts = memoryAccounts();
  handler = createProfileKitHandler({
    target: { baseUrl: 'http://emulator.test', appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    transport: { fetch: network.fetch, retry: { limit: 0 } },
    rateLimit: false,
    ...accounts,
  });
});

async function signup(uid: string, password: string, name = 'Kevin') {
  const response = await handler(
    new Request('http://backend.test/signup', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ user: { uid, name }, account: { password } }),
    }),
  );
  return { status: response.status, body: await response.json() };
}

const usersNamed = async (uid: string) =>
  (
    await (
      await emulator.fetch(
        new Request(`http://emulator.test/v3/users?uids=${uid}&withDeactivated=1`, {
          headers: { apikey: emulator.restApiKey },
        }),
      )
    ).json()
  ).data as { uid: string; name: string }[];

const tokenOwner = async (authToken: string) =>
  (await (await emulator.fetch(new Request('http://emulator.test/v3/me', { headers: { authToken } }))).json()).data
    ?.uid;

const createFaults: { name: string; fault: Fault }[] = [
  { name: 'the answer of the create is lost (the user exists)', fault: 'loseAnswer' },
  { name: 'CometChat is unreachable', fault: 'reject' },
  { name: 'a 503 from a proxy', fault: { status: 503 } },
];

describe('@profilekit/server sign-up under faults: a retry completes, never duplicates, never hands over someone else’s user', () => {
  it.for(createFaults)('$name while creating the user: the same person’s retry completes', async ({ fault }) => {
    network.inject(matching('POST', '/users'), fault);
    const first = await signup('kevin', 'kevins-pass-phrase');
    expect(first.status).toBeGreaterThanOrEqual(500);
    expect(JSON.stringify(first.body)).not.toContain('emulator.test');
    const retry = await signup('kevin', 'kevins-pass-phrase');
    expect(retry.status, JSON.stringify(retry.body)).toBe(200);
    expect(await tokenOwner(retry.body.data.authToken)).toBe('kevin');
    expect(await usersNamed('kevin')).toHaveLength(1);
  });

  it.for(createFaults)(
    '$name, then another person tries the uid: ERR_UID_ALREADY_EXISTS, no token',
    async ({ fault }) => {
      network.inject(matching('POST', '/users'), fault);
      await signup('kevin', 'kevins-pass-phrase');
      const other = await signup('kevin', 'mallorys-pass-phrase', 'Mallory');
      expect(other.status).toBe(400);
      expect(other.body.error.code).toBe('ERR_UID_ALREADY_EXISTS');
      expect(other.body.data).toBeUndefined();
    },
  );

  it('a lost answer of the auth token: the retry issues a new one for the same user', async () => {
    network.inject(matching('POST', '/users/kevin/auth_tokens'), 'loseAnswer');
    expect((await signup('kevin', 'kevins-pass-phrase')).status).toBeGreaterThanOrEqual(500);
    const retry = await signup('kevin', 'kevins-pass-phrase');
    expect(await tokenOwner(retry.body.data.authToken)).toBe('kevin');
    expect(await usersNamed('kevin')).toHaveLength(1);
  });

  it('the same person submitting twice at once gets two tokens for one user', async () => {
    const [a, b] = await Promise.all([signup('twin', 'twins-pass-phrase'), signup('twin', 'twins-pass-phrase')]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(await usersNamed('twin')).toHaveLength(1);
    expect(await tokenOwner(a.body.data.authToken)).toBe('twin');
    expect(await tokenOwner(b.body.data.authToken)).toBe('twin');
  });

  it('a uid created by someone else between the check and the create is not adopted; the account row is discarded', async () => {
    let raced = false;
    const racing = createProfileKitHandler({
      target: { baseUrl: 'http://emulator.test', appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      transport: {
        fetch: async (input, init) => {
          const request = new Request(input, init);
          if (!raced && request.method === 'POST' && new URL(request.url).pathname === '/users') {
            raced = true;
            const admin = { 'content-type': 'application/json', apikey: emulator.restApiKey };
            const body = JSON.stringify({ uid: 'race1', name: 'Someone else' });
            await emulator.fetch(
              new Request('http://emulator.test/v3/users', { method: 'POST', headers: admin, body }),
            );
          }
          return emulator.fetch(request);
        },
      },
      rateLimit: false,
      ...accounts,
    });
    const response = await racing(
      new Request('http://backend.test/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          user: { uid: 'race1', name: 'Mallory' },
          account: { password: 'mallorys-pass-phrase' },
        }),
      }),
    );
    expect(response.status).toBe(400);
    expect((await response.json()).error.code).toBe('ERR_UID_ALREADY_EXISTS');
    expect(accounts.rows.has('race1')).toBe(false);
    expect((await usersNamed('race1'))[0]?.name).toBe('Someone else');
  });
});

describe('@profilekit/server sign-up: the retry mark is gone once the sign-up completes', () => {
  const stored = async (uid: string) =>
    (
      await (
        await emulator.fetch(
          new Request(`http://emulator.test/v3/users/${uid}`, { headers: { apikey: emulator.restApiKey } }),
        )
      ).json()
    ).data as { metadata?: Record<string, unknown> };

  it('a plain sign-up leaves no metadata at all; the answer shows none either', async () => {
    const done = await signup('plain', 'plains-pass-phrase');
    expect(done.status).toBe(200);
    expect(done.body.data.user.metadata).toBeUndefined();
    expect((await stored('plain')).metadata).toBeUndefined();
  });

  it('keeps the metadata the person sent, their own @private keys included', async () => {
    const metadata = { plan: 'pro', '@private': { pin: 'keep-me' } };
    const response = await handler(
      new Request('http://backend.test/signup', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          user: { uid: 'meta', name: 'Meta', metadata },
          account: { password: 'metas-pass-phrase' },
        }),
      }),
    );
    expect(response.status).toBe(200);
    expect((await stored('meta')).metadata).toEqual(metadata);
  });
});
