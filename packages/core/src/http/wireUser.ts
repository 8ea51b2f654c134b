import type { BlockOutcome } from '../client';
import { type UserField, userFieldNames } from '../policy';
import type { User } from '../types';

/** What CometChat adds to the table's fields (the auth token stays in the token store): every other key of `User`. */
export const SERVER_FIELDS = [
  'createdAt',
  'updatedAt',
  'deactivatedAt',
  'conversationId',
] as const satisfies readonly Exclude<keyof User, UserField | 'authToken'>[];
const USER_KEYS: readonly string[] = [...userFieldNames, ...SERVER_FIELDS];

/**
 * A plain `User` from what CometChat returned (a JSON user, or an SDK `User` object): the fields of
 * the policy table and the server's timestamps, nothing else (`deactivatedAt` only when deactivated). The
 * auth token stays in the token store.
 *
 * @example
 * ```ts
 * toUser({ uid: 'usr1', name: 'Kevin', status: 'online', authToken: 'usr1_17…' }); // { uid, name, status }
 * ```
 */
export function toUser(source: object): User {
  const record = (source ?? {}) as Record<string, unknown>;
  const user: Record<string, unknown> = {};
  for (const key of USER_KEYS) if (record[key] !== undefined && record[key] !== null) user[key] = record[key];
  if (!user.deactivatedAt) delete user.deactivatedAt;
  return user as unknown as User;
}

/** The path of one user. */
export const userPath = (uid: string): string => `/users/${encodeURIComponent(uid)}`;

/** The plain `User` a wire call answered with. */
export const userOf = async (response: Promise<{ data: unknown }>): Promise<User> =>
  toUser((await response).data as object);

/**
 * A block/unblock result per uid, from CometChat's `data` (`{ uid: { success, message } }`, or `'success'`/`'fail'`).
 *
 * @example
 * ```ts
 * toBlockOutcome({ bob: { success: true, message: 'Blocked' } }); // { bob: { success: true, message: 'Blocked' } }
 * ```
 */
export function toBlockOutcome(data: unknown): BlockOutcome {
  const outcome: BlockOutcome = {};
  for (const [uid, value] of Object.entries(data ?? {})) {
    const { success = value === 'success', message } = typeof value === 'object' ? value : {};
    outcome[uid] = { success: success === true, ...(typeof message === 'string' && { message }) };
  }
  return outcome;
}
