import { type ListUsersQuery, normalizeUid } from '@profilekit/core';

/**
 * The TanStack Query keys of every user query, as a hierarchy: invalidate `userKeys.all` to refetch
 * everything, `userKeys.lists()` for every list, `userKeys.detail(uid)` for one user.
 *
 * @example
 * ```ts
 * queryClient.invalidateQueries({ queryKey: userKeys.lists() });
 * queryClient.getQueryData(userKeys.detail('superhero1'));
 * ```
 */
export const userKeys = {
  all: ['profilekit', 'users'] as const,
  current: () => [...userKeys.all, 'current'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: ListUsersQuery = {}) => [...userKeys.lists(), query] as const,
  infiniteLists: () => [...userKeys.all, 'infinite'] as const,
  infiniteList: (query: ListUsersQuery = {}) => [...userKeys.infiniteLists(), query] as const,
  details: () => [...userKeys.all, 'detail'] as const,
  /** uid is case-insensitive in CometChat, so the key is lowercased. */
  detail: (uid: string) => [...userKeys.details(), normalizeUid(uid)] as const,
  availability: (uid: string) => [...userKeys.all, 'availability', normalizeUid(uid)] as const,
  /** A user's live presence (`usePresence`), written by presence events. */
  presence: (uid: string) => [...userKeys.all, 'presence', normalizeUid(uid)] as const,
};
