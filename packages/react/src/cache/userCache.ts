import { sameUid, type User } from '@profilekit/core';
import type { QueryClient } from '@tanstack/react-query';
import { userKeys } from '../queryKeys';
import { editCachedUsers } from './editCachedUsers';

/** Undoes an optimistic change: puts every touched query back as it was. */
export interface CacheRollback {
  rollback(): void;
}

/**
 * Writes a user as the server returned it into every cached copy (keeping relative facts such as
 * `blockedByMe` that the answer may lack).
 */
export function storeUserEverywhere(queryClient: QueryClient, user: User): void {
  editCachedUsers(queryClient, [user.uid], (cached) => ({ ...cached, ...withoutToken(user) }));
  queryClient.setQueryData<User>(userKeys.detail(user.uid), (cached) => ({ ...cached, ...withoutToken(user) }));
}

/** The cached copy of a user, from its detail query or else the current user. */
export function cachedUser(queryClient: QueryClient, uid: string): User | undefined {
  const detail = queryClient.getQueryData<User>(userKeys.detail(uid));
  if (detail) return detail;
  const current = queryClient.getQueryData<User | null>(userKeys.current());
  return current && sameUid(current.uid, uid) ? current : undefined;
}

function withoutToken({ authToken: _authToken, ...user }: User): User {
  return user;
}
