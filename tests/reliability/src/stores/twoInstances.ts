import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { createProfileKitHandler, type ProfileKitHandlerOptions, type ProfileKitStore } from '@profilekit/server';
import { toNodeHandler } from '@profilekit/server/node';
import { memoryAccounts } from '../support/memoryAccounts';
import { sendJson } from '../support/sendJson';

/** One backend instance served over real HTTP. */
export interface Instance {
  api: string;
  /** `POST /session` with `{ login, password }`. */
  login(uid: string, password: string): ReturnType<typeof sendJson>;
  /** `POST /signup` of `uid` with `password`. */
  signup(uid: string, password: string): ReturnType<typeof sendJson>;
}

/**
 * Two `createProfileKitHandler` instances, each on its own HTTP server, over one emulator (a real
 * `startEmulator` on a port) and one account table (the app's shared database), each given the store
 * `storeOf(n)` makes: the same shared store for both, or one each.
 */
export async function twoInstances(
  storeOf: (instance: 1 | 2) => ProfileKitStore,
  options: Partial<ProfileKitHandlerOptions> = {},
) {
  const emulator: RunningEmulator = await startEmulator({ port: 0, rateLimit: false });
  const accounts = memoryAccounts();
  const servers: Server[] = [];
  const instance = async (n: 1 | 2): Promise<Instance> => {
    const handler = createProfileKitHandler({
      target: { baseUrl: emulator.url, appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      basePath: '/api',
      ...accounts,
      store: storeOf(n),
      ...options,
    });
    const server = createServer(toNodeHandler(handler));
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
    const post = (path: string, body: unknown) =>
      sendJson(`${api}${path}`, 'POST', { 'content-type': 'application/json' }, JSON.stringify(body));
    return {
      api,
      login: (login, password) => post('/session', { login, password }),
      signup: (uid, password) => post('/signup', { user: { uid, name: uid }, account: { password } }),
    };
  };
  const instances = [await instance(1), await instance(2)] as const;
  return {
    emulator,
    instances,
    async close() {
      for (const server of servers) await new Promise((resolve) => server.close(resolve));
      await emulator.close();
    },
  };
}
