import { afterAll, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../src/index';
import { loadCometChatSdk } from '../src/testing/index';

const servers: RunningEmulator[] = [];
afterAll(() => Promise.all(servers.map((server) => server.close())));

it('returns the same SDK for the same emulator, and re-points it (logging out of the old one) for another', async () => {
  const first = await startEmulator({ port: 0 });
  const second = await startEmulator({ port: 0, appId: 'second-app' });
  servers.push(first, second);

  const CometChat = await loadCometChatSdk({ url: first.url });
  expect(await loadCometChatSdk({ url: `${first.url}/` })).toBe(CometChat);
  const user = new CometChat.User('loader1');
  user.setName('Loader');
  await CometChat.createUser(user, first.authKey);
  await CometChat.login('loader1', first.authKey);
  expect((await CometChat.getLoggedinUser())?.getUid()).toBe('loader1');

  expect(await loadCometChatSdk({ url: second.url, appId: 'second-app' })).toBe(CometChat);
  expect(await CometChat.getLoggedinUser()).toBeNull();
  await CometChat.createUser(user, second.authKey);
  expect(second.emulator.store.getUser('loader1')?.name).toBe('Loader');
  const loggedIn = await CometChat.login('loader1', second.authKey);
  expect(loggedIn.getUid()).toBe('loader1');
  expect(second.emulator.store.getUser('loader1')?.status).toBe('online');
  expect(first.emulator.store.getUser('loader1')?.status).toBe('offline');
});

it('leaves requests to other URLs alone', async () => {
  const server = await startEmulator({ port: 0 });
  servers.push(server);
  await loadCometChatSdk({ url: server.url });
  const direct = await fetch(`${server.url}/v3/users/nobody`, { headers: { apikey: server.restApiKey } });
  expect(direct.status).toBe(404);
});
