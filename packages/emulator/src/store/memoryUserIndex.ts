import type { StoredUser } from './types';
import {
  compareCodePoints,
  compareUsers,
  matchesUserQuery,
  nameKey,
  prefixEnd,
  tagKeys,
  type UserPage,
  type UserQuery,
} from './userQuery';

/** The memory store's secondary indexes over its users, and the list queries they answer. */
export interface MemoryUserIndex {
  add(user: StoredUser): void;
  remove(user: StoredUser): void;
  /** A user changed (same uid): re-indexes them, keeping the sorted orders when the name did not change. */
  replace(before: StoredUser, after: StoredUser): void;
  list(query: UserQuery): UserPage;
}

const addTo = (index: Map<string, Set<string>>, key: string, uid: string) => {
  const set = index.get(key) ?? new Set<string>();
  set.add(uid);
  index.set(key, set);
};
const removeFrom = (index: Map<string, Set<string>>, key: string, uid: string) => {
  const set = index.get(key);
  set?.delete(uid);
  if (set?.size === 0) index.delete(key);
};

/** The first position in `sorted` whose key is not below `key`. */
function lowerBound(sorted: readonly string[], key: string, keyOf: (uid: string) => string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareCodePoints(keyOf(sorted[mid] as string), key) < 0) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The entries of `sorted` whose key starts with `prefix`. */
function prefixRange(sorted: readonly string[], prefix: string, keyOf: (uid: string) => string): readonly string[] {
  const end = prefixEnd(prefix);
  return sorted.slice(
    lowerBound(sorted, prefix, keyOf),
    end === undefined ? sorted.length : lowerBound(sorted, end, keyOf),
  );
}

/**
 * Indexes users by role, tag, status and deactivation in sets, and by uid and by name in sorted arrays
 * (rebuilt lazily after a write that moves them), so a filtered list reads only the smallest matching
 * set and an unfiltered one walks the name order without sorting.
 */
export function createMemoryUserIndex(users: ReadonlyMap<string, StoredUser>): MemoryUserIndex {
  const byRole = new Map<string, Set<string>>();
  const byTag = new Map<string, Set<string>>();
  const online = new Set<string>();
  const deactivated = new Set<string>();
  let byUid: string[] | undefined;
  let byName: string[] | undefined;
  const nameOf = (uid: string) => nameKey((users.get(uid) as StoredUser).name);
  const sortedByUid = () => {
    byUid ??= [...users.keys()].sort(compareCodePoints);
    return byUid;
  };
  const sortedByName = () => {
    byName ??= [...users.values()]
      .sort((a, b) => compareUsers(a, b, { sortBy: 'name', sortOrder: 'asc' }))
      .map((user) => user.uid);
    return byName;
  };

  const sources = (query: UserQuery): (readonly string[] | ReadonlySet<string>)[][] => {
    const found: (readonly string[] | ReadonlySet<string>)[][] = [];
    const sets = (index: Map<string, Set<string>>, keys: readonly string[]) =>
      keys.flatMap((key) => index.get(key) ?? []);
    if (query.uids) found.push([query.uids]);
    if (query.searchKey) {
      const key = query.searchKey;
      found.push([
        query.searchIn.includes('uid') ? prefixRange(sortedByUid(), key, (uid) => uid) : [],
        query.searchIn.includes('name') ? prefixRange(sortedByName(), key, nameOf) : [],
      ]);
    }
    if (query.tags) found.push(sets(byTag, query.tags));
    if (query.roles) found.push(sets(byRole, query.roles));
    if (query.status === 'online') found.push([online]);
    if (query.deactivated === 'only') found.push([deactivated]);
    return found;
  };
  const size = (parts: (readonly string[] | ReadonlySet<string>)[]) =>
    parts.reduce((sum, part) => sum + ('size' in part ? part.size : part.length), 0);

  /** Walks every user in list order, keeping the page and counting the rest. */
  const walk = (query: UserQuery): UserPage => {
    const order = sortedByName();
    const ranks = query.sortBy === 'status' ? [0, 1] : [undefined];
    if (query.sortOrder === 'desc') ranks.reverse();
    const page: StoredUser[] = [];
    let total = 0;
    for (const rank of ranks) {
      for (let i = 0; i < order.length; i++) {
        const user = users.get(order[query.sortOrder === 'desc' ? order.length - 1 - i : i] as string) as StoredUser;
        if (rank !== undefined && (user.status === 'online' ? 0 : 1) !== rank) continue;
        if (!matchesUserQuery(user, query)) continue;
        if (total >= query.offset && page.length < query.limit) page.push(user);
        total += 1;
      }
    }
    return { users: page, total };
  };

  const index = (user: StoredUser) => {
    addTo(byRole, user.role.toLowerCase(), user.uid);
    for (const tag of tagKeys(user)) addTo(byTag, tag, user.uid);
    if (user.status === 'online') online.add(user.uid);
    if (user.deactivatedAt !== undefined) deactivated.add(user.uid);
  };
  const unindex = (user: StoredUser) => {
    removeFrom(byRole, user.role.toLowerCase(), user.uid);
    for (const tag of tagKeys(user)) removeFrom(byTag, tag, user.uid);
    online.delete(user.uid);
    deactivated.delete(user.uid);
  };

  return {
    add(user) {
      byUid = undefined;
      byName = undefined;
      index(user);
    },
    remove(user) {
      byUid = undefined;
      byName = undefined;
      unindex(user);
    },
    replace(before, after) {
      if (nameKey(before.name) !== nameKey(after.name)) byName = undefined;
      unindex(before);
      index(after);
    },
    list(query) {
      const smallest = sources(query).sort((a, b) => size(a) - size(b))[0];
      if (!smallest) return walk(query);
      const found = new Set<string>();
      for (const part of smallest) for (const uid of part) found.add(uid);
      const matching = [...found]
        .flatMap((uid) => users.get(uid) ?? [])
        .filter((user) => matchesUserQuery(user, query))
        .sort((a, b) => compareUsers(a, b, query));
      return { users: matching.slice(query.offset, query.offset + query.limit), total: matching.length };
    },
  };
}
