import type { RequestOptions, UserClient } from '../client';
import type { CreateUserInput, UpdateUserInput, User } from '../types';
import { devAuthKeyOf } from './devAuthKey';

/** A client holding the Auth Key: `loginWithDevAuthKey` is always there. */
export type DevAuthKeyClient<C extends UserClient = UserClient> = C & {
  loginWithDevAuthKey(uid: string, options?: RequestOptions): Promise<User>;
};

/**
 * Development only: the client with your Auth Key in one place. `createUser` and `updateUser` use it when a call
 * passes no key, and `loginWithDevAuthKey(uid)` (what `useLogin().mutate({ uid })` calls) logs in as any uid.
 * Warns once; throws in a production build (`import.meta.env.PROD` or `NODE_ENV=production`), because an Auth Key
 * in a browser bundle lets anyone create users and log in as anyone. Without a key (`undefined`), returns the
 * client unchanged.
 *
 * It is its own entry: a build that never calls it contains no Auth Key code at all — put the call behind your
 * bundler's development flag, as below. In production, create users and auth tokens on your backend
 * (`@profilekit/server`, `withBackend`).
 *
 * @example
 * ```ts
 * import { createHttpClient } from '@profilekit/core';
 * import { withDevAuthKey } from '@profilekit/core/dev';
 *
 * const cometChat = createHttpClient({ baseUrl: 'http://127.0.0.1:3939' }); // the emulator
 * const client = import.meta.env.DEV ? withDevAuthKey(cometChat, import.meta.env.VITE_COMETCHAT_AUTH_KEY) : cometChat;
 * await client.createUser({ uid: 'superhero1', name: 'Iron Man' }); // in development: with the Auth Key
 * ```
 */
export function withDevAuthKey<C extends UserClient>(client: C, devAuthKey: string): DevAuthKeyClient<C>;
export function withDevAuthKey<C extends UserClient>(client: C, devAuthKey: string | undefined): C;
export function withDevAuthKey<C extends UserClient>(client: C, devAuthKey: string | undefined): C {
  const key = devAuthKeyOf(devAuthKey);
  if (key === undefined) return client;
  // The client's own methods stay reachable (and `this` works for a client that is a class) through the prototype.
  const dev = Object.create(client) as DevAuthKeyClient<C>;
  dev.createUser = (user: CreateUserInput, authKey?: string, options?: RequestOptions) =>
    client.createUser(user, authKey ?? key, options);
  dev.updateUser = (user: UpdateUserInput, authKey?: string, options?: RequestOptions) =>
    client.updateUser(user, authKey ?? key, options);
  dev.loginWithDevAuthKey = (uid: string, options?: RequestOptions) => client.login(uid, key, options);
  return dev;
}
