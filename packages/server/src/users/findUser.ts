import { sameUid, type User } from '@profilekit/core';
import type { RestClient } from '@profilekit/core/rest';

/**
 * The CometChat user holding a uid, deactivated ones included, or `undefined`: a uid is free only when
 * nobody holds it.
 *
 * @example
 * ```ts
 * await findUser(rest, 'kevin'); // { uid: 'kevin', …, deactivatedAt: 1767225600 }
 * ```
 */
export async function findUser(rest: RestClient, uid: string): Promise<User | undefined> {
  const page = await rest.listUsers({ uids: [uid], withDeactivated: true, limit: 1 });
  return page.users.find((user) => sameUid(user.uid, uid));
}
