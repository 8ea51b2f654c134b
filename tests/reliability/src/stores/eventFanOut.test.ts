import { createMemoryStore, type ProfileKitStore } from '@profilekit/server';
import { createRedisStore, type RedisStore } from '@profilekit/server/redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestUser } from '../support/cometChatUsers';
import { hasEvent, openStream } from '../support/eventStream';
import { type RedisServer, startRedisServer } from '../support/redisServer';
import { sendJson } from '../support/sendJson';
import { twoInstances } from './twoInstances';

// Issue 31: an event published by one instance reaches the streams of every instance sharing the store, and a
// stream resumed on the other instance replays from the shared window; logging out through one instance closes
// that token's streams on every instance.
let redis: RedisServer;
const redisStores: RedisStore[] = [];

beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(async () => {
  for (const store of redisStores) await store.close();
  await redis?.close();
});

const sharedStores: Record<string, () => ProfileKitStore> = {
  'one memory store shared in-process': () => createMemoryStore(),
  'one Redis store': () => {
    const store = createRedisStore({ url: redis.url, prefix: `fanout-${redisStores.length}:` });
    redisStores.push(store);
    return store;
  },
};

describe.each(Object.keys(sharedStores))('two handler instances on %s', (name) => {
  it('a write on instance 1 reaches a stream on instance 2; a stream resumed on instance 1 misses nothing', async () => {
    const store = sharedStores[name]?.() as ProfileKitStore;
    const { emulator, instances, close } = await twoInstances(() => store);
    const [one, two] = instances;
    try {
      const admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'fan-admin', role: 'admin' });
      const { uid } = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'fan-user' });
      const rename = (api: string, name: string) =>
        sendJson(
          `${api}/users/${uid}`,
          'PATCH',
          { authorization: `Bearer ${admin.authToken}`, 'content-type': 'application/json' },
          JSON.stringify({ name }),
        );
      const onTwo = await openStream(two.api, admin.authToken);
      expect((await rename(one.api, 'From one')).status).toBe(200);
      const [first] = await onTwo.waitFor((events) => hasEvent(events, 'user.updated', uid));
      onTwo.close();
      expect(first?.event).toMatchObject({ type: 'user.updated', user: { uid, name: 'From one' } });
      for (const name of ['A', 'B', 'C']) expect((await rename(two.api, name)).status).toBe(200);
      const resumed = await openStream(one.api, admin.authToken, first?.id);
      try {
        const events = await resumed.waitFor((all) => all.length >= 3);
        expect(events.map(({ event }) => (event.type === 'user.updated' ? event.user.name : event.type))).toEqual([
          'A',
          'B',
          'C',
        ]);
      } finally {
        resumed.close();
      }
    } finally {
      await close();
    }
  });
  it('logging out through instance 1 closes that token’s stream on instance 2 at once; another device’s stays', async () => {
    const store = sharedStores[name]?.() as ProfileKitStore;
    const { emulator, instances, close } = await twoInstances(() => store);
    const [one, two] = instances;
    try {
      const admin = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'out-admin', role: 'admin' });
      const phone = await createTestUser(emulator.url, emulator.restApiKey, { uid: 'out-user' });
      const laptop = await sendJson(
        `${emulator.url}/v3/users/${phone.uid}/auth_tokens`,
        'POST',
        { apikey: emulator.restApiKey },
        '{}',
      );
      const onPhone = await openStream(two.api, phone.authToken);
      const onLaptop = await openStream(two.api, laptop.body.data.authToken as string);
      try {
        const loggedOut = await sendJson(`${one.api}/session`, 'DELETE', {
          authorization: `Bearer ${phone.authToken}`,
        });
        expect(loggedOut.status).toBe(200);
        // Well before a heartbeat (25 s) or a recheck (300 s) could have ended it.
        const endedSoon = await Promise.race([
          onPhone.ended.then(() => true),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5000)),
        ]);
        expect(endedSoon).toBe(true);
        // The other token's stream is still live: a public change reaches it.
        const rename = await sendJson(
          `${one.api}/users/${admin.uid}`,
          'PATCH',
          { authorization: `Bearer ${admin.authToken}`, 'content-type': 'application/json' },
          JSON.stringify({ name: 'Renamed admin' }),
        );
        expect(rename.status).toBe(200);
        await onLaptop.waitFor((events) => hasEvent(events, 'user.updated', admin.uid));
        // And the logged-out token cannot open a new one.
        await expect(openStream(two.api, phone.authToken)).rejects.toThrow(/401/);
      } finally {
        onPhone.close();
        onLaptop.close();
      }
    } finally {
      await close();
    }
  });
});
