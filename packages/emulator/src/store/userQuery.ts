import type { StoredUser } from './types';

/**
 * What a store lists: filters, order and a page. Both stores answer it with the same users in the same
 * order — the rules are the functions of this file, and the SQLite store's SQL says the same thing.
 */
export interface UserQuery {
  /**
   * Lowercase. A user matches when their whole uid, or their whole name, starts with it (CometChat's
   * `LIKE 'key%'`) — not a word inside the name.
   */
  searchKey?: string;
  /** Where `searchKey` looks. */
  searchIn: readonly ('uid' | 'name')[];
  status?: 'online' | 'offline';
  /** Lowercase; a user matches one of them. */
  roles?: readonly string[];
  /** Lowercase; a user matches when they have one of them. */
  tags?: readonly string[];
  /** Only these users (lowercase; an empty list matches nobody). */
  uids?: readonly string[];
  /** Never these users (the logged-in viewer, the users they blocked). */
  excludeUids?: readonly string[];
  /** Deactivated users: left out (default), listed too, or the only ones listed. */
  deactivated: 'exclude' | 'include' | 'only';
  sortBy: 'name' | 'status';
  sortOrder: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/** A page of users and how many match in all. */
export interface UserPage {
  users: StoredUser[];
  total: number;
}

/** The name as sorting and searching see it: lowercased. */
export function nameKey(name: string): string {
  return name.toLowerCase();
}

/** 0 for online (listed first when sorting by status ascending), 1 for offline. */
export function statusRank(user: Pick<StoredUser, 'status'>): 0 | 1 {
  return user.status === 'online' ? 0 : 1;
}

/** A user's tags as filters see them: lowercased, each once. */
export function tagKeys(user: Pick<StoredUser, 'tags'>): string[] {
  return [...new Set((user.tags ?? []).map((tag) => tag.toLowerCase()))];
}

/** `true` when the whole uid or the whole name starts with the query's search key. */
export function matchesSearch(user: StoredUser, query: Pick<UserQuery, 'searchKey' | 'searchIn'>): boolean {
  const key = query.searchKey;
  if (!key) return true;
  return (
    (query.searchIn.includes('uid') && user.uid.startsWith(key)) ||
    (query.searchIn.includes('name') && nameKey(user.name).startsWith(key))
  );
}

/** `true` when the user passes every filter of the query. */
export function matchesUserQuery(user: StoredUser, query: UserQuery): boolean {
  const deactivated = user.deactivatedAt !== undefined;
  if (query.deactivated === 'only' ? !deactivated : deactivated && query.deactivated === 'exclude') return false;
  if (query.excludeUids?.includes(user.uid)) return false;
  if (query.uids && !query.uids.includes(user.uid)) return false;
  if (query.status && user.status !== query.status) return false;
  if (query.roles && !query.roles.includes(user.role.toLowerCase())) return false;
  if (query.tags && !tagKeys(user).some((tag) => query.tags?.includes(tag))) return false;
  return matchesSearch(user, query);
}

/**
 * Orders strings by code point, as SQLite's BINARY collation orders UTF-8 (JavaScript's `<` compares
 * UTF-16 units, which differs once a character lies beyond U+FFFF).
 */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // Surrogates (U+D800–DFFF) stand for code points above U+FFFF: move them above U+E000–FFFF.
    if (x >= 0xd800) x += x >= 0xe000 ? -0x800 : 0x2000;
    if (y >= 0xd800) y += y >= 0xe000 ? -0x800 : 0x2000;
    return x - y;
  }
  return a.length - b.length;
}

/** The list order: by status when asked (online first), then by name (case-insensitive), then uid; `desc` reverses it. */
export function compareUsers(a: StoredUser, b: StoredUser, query: Pick<UserQuery, 'sortBy' | 'sortOrder'>): number {
  const byStatus = query.sortBy === 'status' ? statusRank(a) - statusRank(b) : 0;
  const order = byStatus || compareCodePoints(nameKey(a.name), nameKey(b.name)) || compareCodePoints(a.uid, b.uid);
  return query.sortOrder === 'desc' ? -order : order;
}

/**
 * The smallest string greater than every string that starts with `prefix`, for a prefix range
 * `[prefix, prefixEnd(prefix))`; `undefined` when there is none (the range is open-ended).
 */
export function prefixEnd(prefix: string): string | undefined {
  const points = [...prefix];
  while (points.length > 0) {
    const last = (points.pop() as string).codePointAt(0) as number;
    if (last === 0x10ffff) continue;
    const next = last === 0xd7ff ? 0xe000 : last + 1;
    return points.join('') + String.fromCodePoint(next);
  }
  return undefined;
}
