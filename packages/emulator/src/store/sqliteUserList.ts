import type { SqlDatabase, SqlStatement } from './sqliteDatabase';
import type { StoredUser } from './types';
import { matchesUserQuery, prefixEnd, type UserPage, type UserQuery } from './userQuery';

type Sql = { sql: string; params: unknown[] };
const IN_LIST = 'IN (SELECT value FROM json_each(?))';
/** A capped count is enough to tell a selective filter from a broad one. */
const ESTIMATE_CAP = 20_000;

function prefixSql(column: string, prefix: string): Sql {
  const end = prefixEnd(prefix);
  return end === undefined
    ? { sql: `${column} >= ?`, params: [prefix] }
    : { sql: `(${column} >= ? AND ${column} < ?)`, params: [prefix, end] };
}

/** The search as a set of rows: uid prefix range ∪ name prefix range (each an index range). */
function searchSources(query: UserQuery): Sql[] {
  const key = query.searchKey as string;
  return [
    ...(query.searchIn.includes('uid') ? [prefixSql('uid', key)] : []),
    ...(query.searchIn.includes('name') ? [prefixSql('name_key', key)] : []),
  ];
}

/** Every filter of the query as one WHERE clause over `users`. */
function whereSql(query: UserQuery): Sql {
  const terms: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]) => {
    terms.push(sql);
    params.push(...values);
  };
  if (query.deactivated !== 'include') add('active = ?', query.deactivated === 'exclude' ? 1 : 0);
  if (query.excludeUids?.length) add(`uid NOT ${IN_LIST}`, JSON.stringify(query.excludeUids));
  if (query.uids) add(`uid ${IN_LIST}`, JSON.stringify(query.uids));
  if (query.status) add('status_rank = ?', query.status === 'online' ? 0 : 1);
  if (query.roles) add(`role_key ${IN_LIST}`, JSON.stringify(query.roles));
  // Bound one by one: a json_each list inside this correlated subquery would be re-read for every row.
  // `LIMIT 1` keeps SQLite 3.51 (node:sqlite in Node 22) from turning EXISTS into a join, which counts a
  // user with two of the tags twice towards OFFSET (found by the store parity test).
  if (query.tags)
    add(
      `EXISTS (SELECT 1 FROM user_tags t WHERE t.seq = users.seq AND t.tag IN (${query.tags.map(() => '?').join(', ') || 'NULL'}) LIMIT 1)`,
      ...query.tags,
    );
  if (query.searchKey) {
    const parts = searchSources(query);
    add(`(${parts.map((part) => part.sql).join(' OR ') || '0'})`, ...parts.flatMap((part) => part.params));
  }
  return { sql: terms.join(' AND ') || '1', params };
}

/** The filters on columns that `user_counts` and `user_tags` repeat: deactivated, status, roles. */
function simpleWhere(query: UserQuery): Sql {
  return whereSql({ ...query, excludeUids: undefined, uids: undefined, tags: undefined, searchKey: undefined });
}

/** A row source (`SELECT seq …`) served by an index, with how many rows it yields (capped). */
interface Source extends Sql {
  size: number;
  /** The filters this source already guarantees: left out of the WHERE when reading from it. */
  implied: Partial<UserQuery>;
}

/**
 * Lists users in SQL. It plans each query from what it knows cheaply — exact counts per
 * (active, status, role) from `user_counts`, capped counts of index ranges — and then either walks
 * `users_by_name` in list order, stopping after the page, or reads the smallest matching index set
 * and sorts only that. Only the page's rows are read and parsed.
 */
export function createSqliteUserList(db: SqlDatabase, getUser: (uid: string) => StoredUser | undefined) {
  const statements = new Map<string, SqlStatement>();
  const prepared = (sql: string) => {
    const statement = statements.get(sql) ?? db.prepare(sql);
    statements.set(sql, statement);
    return statement;
  };
  const value = (sql: string, params: unknown[]) => Number(Object.values(prepared(sql).get(...params) as object)[0]);
  const capped = (source: Sql) => value(`SELECT count(*) FROM (${source.sql} LIMIT ${ESTIMATE_CAP})`, source.params);

  /** Exact count from `user_counts`, for the filters it knows (deactivated, status, roles). */
  const counted = (query: UserQuery) => {
    const where = simpleWhere(query);
    return value(`SELECT coalesce(sum(n), 0) FROM user_counts WHERE ${where.sql}`, where.params);
  };

  const sources = (query: UserQuery): Source[] => {
    const found: Source[] = [];
    const source = (sql: string, params: unknown[], implied: Partial<UserQuery>, size?: number) =>
      found.push({ sql, params, implied, size: size ?? capped({ sql, params }) });
    if (query.uids)
      source(
        `SELECT seq FROM users WHERE uid ${IN_LIST}`,
        [JSON.stringify(query.uids)],
        { uids: undefined },
        query.uids.length,
      );
    if (query.searchKey) {
      const parts = searchSources(query).map((part) => ({ ...part, sql: `SELECT seq FROM users WHERE ${part.sql}` }));
      // UNION ALL: `seq IN (…)` drops duplicates anyway, and a capped size is only an estimate.
      const sql = parts.map((part) => part.sql).join(' UNION ALL ') || 'SELECT seq FROM users WHERE 0';
      source(
        sql,
        parts.flatMap((part) => part.params),
        { searchKey: undefined },
      );
    }
    if (query.tags) {
      const simple = simpleWhere(query);
      source(
        `SELECT seq FROM user_tags WHERE tag ${IN_LIST} AND ${simple.sql}`,
        [JSON.stringify(query.tags), ...simple.params],
        { tags: undefined, status: undefined, roles: undefined, deactivated: 'include' },
      );
    }
    const all = { ...query, status: undefined, roles: undefined, deactivated: 'include' } as const;
    if (query.roles)
      source(
        `SELECT seq FROM users WHERE role_key ${IN_LIST}`,
        [JSON.stringify(query.roles)],
        { roles: undefined },
        counted({ ...all, roles: query.roles }),
      );
    if (query.status)
      source(
        'SELECT seq FROM users WHERE status_rank = ?',
        [query.status === 'online' ? 0 : 1],
        { status: undefined },
        counted({ ...all, status: query.status }),
      );
    if (query.deactivated === 'only')
      source(
        'SELECT seq FROM users WHERE active = 0',
        [],
        { deactivated: 'include' },
        counted({ ...all, deactivated: 'only' }),
      );
    return found.sort((a, b) => a.size - b.size);
  };

  /** `… FROM users WHERE …` reading only the rows of `source` (by rowid), checking the other filters. */
  const fromSource = (query: UserQuery, source: Source): Sql => {
    const where = whereSql({ ...query, ...source.implied });
    return {
      sql: `FROM users NOT INDEXED WHERE seq IN (${source.sql}) AND ${where.sql}`,
      params: [...source.params, ...where.params],
    };
  };

  /** `n` less the excluded users (viewer, blocked) that `n` counted. */
  const lessExcluded = (query: UserQuery, n: number) => {
    const excluded = [...new Set(query.excludeUids ?? [])].flatMap((uid) => getUser(uid) ?? []);
    return n - excluded.filter((user) => matchesUserQuery(user, { ...query, excludeUids: undefined })).length;
  };

  const total = (query: UserQuery, smallest: Source | undefined, users: number) => {
    if (!query.uids && !query.searchKey) {
      if (!query.tags) return lessExcluded(query, counted(query));
      const simple = simpleWhere(query);
      const sql = `SELECT count(*) FROM (SELECT DISTINCT seq FROM user_tags WHERE tag ${IN_LIST} AND ${simple.sql})`;
      return lessExcluded(query, value(sql, [JSON.stringify(query.tags), ...simple.params]));
    }
    if (smallest && smallest.size < users / 4) {
      const from = fromSource(query, smallest);
      return value(`SELECT count(*) ${from.sql}`, from.params);
    }
    const where = whereSql(query);
    return value(`SELECT count(*) FROM users INDEXED BY users_by_name WHERE ${where.sql}`, where.params);
  };

  /**
   * The seqs of one page of users that match `query`, in name order (the caller splits by status).
   * Walking the name order costs about `(offset + limit) × users / matching` index entries when matches
   * are spread evenly; reading the smallest index set costs about its size (rows read, then sorted).
   */
  const pageOf = (query: UserQuery, matching: number, users: number, offset: number, limit: number): number[] => {
    if (limit <= 0 || offset >= matching) return [];
    const smallest = sources(query)[0];
    const direction = query.sortOrder === 'desc' ? 'DESC' : 'ASC';
    const order = `ORDER BY name_key ${direction}, uid ${direction} LIMIT ? OFFSET ?`;
    const walked = ((offset + limit) * users) / Math.max(matching, 1);
    const from = smallest && smallest.size * 4 < walked ? fromSource(query, smallest) : undefined;
    const where = whereSql(query);
    const rows = from
      ? prepared(`SELECT seq ${from.sql} ${order}`).all(...from.params, limit, offset)
      : prepared(`SELECT seq FROM users INDEXED BY users_by_name WHERE ${where.sql} ${order}`).all(
          ...where.params,
          limit,
          offset,
        );
    return (rows as { seq: number }[]).map((row) => row.seq);
  };

  const read = (seqs: number[]): StoredUser[] => {
    if (seqs.length === 0) return [];
    const rows = prepared(`SELECT seq, data FROM users WHERE seq ${IN_LIST}`).all(JSON.stringify(seqs)) as {
      seq: number;
      data: string;
    }[];
    const bySeq = new Map(rows.map((row) => [Number(row.seq), row.data]));
    return seqs.map((seq) => JSON.parse(bySeq.get(seq) as string) as StoredUser);
  };

  /**
   * A search or a uid list reads its few rows once: one ordered query gives both the total and the
   * page (reading them twice, to count and then to page, would double the cost).
   */
  const inOnePass = (query: UserQuery, source: Source): UserPage => {
    const direction = query.sortOrder === 'desc' ? 'DESC' : 'ASC';
    const byStatus = query.sortBy === 'status' ? `status_rank ${direction}, ` : '';
    const from = fromSource(query, source);
    const rows = prepared(`SELECT seq ${from.sql} ORDER BY ${byStatus}name_key ${direction}, uid ${direction}`).all(
      ...from.params,
    ) as { seq: number }[];
    const page = rows.slice(query.offset, query.offset + query.limit).map((row) => row.seq);
    return { users: read(page), total: rows.length };
  };

  return (query: UserQuery): UserPage => {
    const smallest = sources(query)[0];
    const direct = smallest && ('searchKey' in smallest.implied || 'uids' in smallest.implied);
    if (direct && smallest.size < ESTIMATE_CAP) return inOnePass(query, smallest);
    const users = value('SELECT coalesce(sum(n), 0) FROM user_counts', []);
    const matching = total(query, smallest, users);
    const { offset, limit } = query;
    if (query.sortBy !== 'status')
      return { users: read(pageOf(query, matching, users, offset, limit)), total: matching };
    // By status: the first status's users (online when ascending), then the other's, each in name order.
    const [first, second] =
      query.sortOrder === 'desc' ? (['offline', 'online'] as const) : (['online', 'offline'] as const);
    const firstQuery = { ...query, status: first };
    const firstCount = query.status && query.status !== first ? 0 : total(firstQuery, sources(firstQuery)[0], users);
    const secondQuery = { ...query, status: second };
    const seqs = [...(firstCount > 0 ? pageOf(firstQuery, firstCount, users, offset, limit) : [])];
    seqs.push(
      ...pageOf(secondQuery, matching - firstCount, users, Math.max(0, offset - firstCount), limit - seqs.length),
    );
    return { users: read(seqs), total: matching };
  };
}
