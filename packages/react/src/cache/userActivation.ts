import type { ListUsersQuery, User } from '@profilekit/core';
import { userKeys } from '../queryKeys';

const showsDeactivated = (list: ListUsersQuery) => list.withDeactivated === true || list.onlyDeactivated === true;

/** A deactivated user: marked (from now) where deactivated users are listed, gone from every other list. */
export function asDeactivated(user: User, list: ListUsersQuery | undefined): User | null {
  if (list !== undefined && !showsDeactivated(list)) return null;
  return { ...user, deactivatedAt: user.deactivatedAt ?? Math.floor(Date.now() / 1000) };
}

/** A reactivated user: unmarked everywhere, gone from lists of only deactivated users. */
export function asReactivated(user: User, list: ListUsersQuery | undefined): User | null {
  if (list?.onlyDeactivated === true) return null;
  const { deactivatedAt: _, ...active } = user;
  return active;
}

/** A permanently deleted user: gone from every list. */
export const asErased = (): null => null;

/** What a change of these users' activation makes stale: every list, and each one's detail. */
export const activationQueries = (uids: string[]) => [
  userKeys.lists(),
  userKeys.infiniteLists(),
  ...uids.map(userKeys.detail),
];
