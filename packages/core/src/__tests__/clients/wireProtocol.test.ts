import { describe, expect, it } from 'vitest';
import { ProfileKitError, RateLimitError } from '../../errors';
import { resolveHosts } from '../../http/hosts';
import { listUsersParams, toUserPage } from '../../http/listQuery';
import { parseRetryAfter } from '../../http/request';
import { retryDelay } from '../../http/retry';

describe('resolveHosts', () => {
  it("builds CometChat's admin (v3) and client (v3.0) hosts, or one base URL for both", () => {
    expect(resolveHosts({ appId: 'abc', region: 'us' })).toEqual({
      admin: 'https://abc.api-us.cometchat.io/v3',
      client: 'https://abc.apiclient-us.cometchat.io/v3.0',
      appId: 'abc',
    });
    expect(resolveHosts({ baseUrl: 'http://127.0.0.1:5174//' })).toEqual({
      admin: 'http://127.0.0.1:5174',
      client: 'http://127.0.0.1:5174',
      appId: undefined,
      fixed: true,
    });
  });
});

describe('listUsersParams', () => {
  it('names parameters as the SDK sends them to the client API', () => {
    const params = listUsersParams(
      { searchKeyword: 'kev', searchIn: ['uid', 'name'], status: 'online', roles: ['a', 'b'], limit: 5, page: 2 },
      'user',
    );
    expect(Object.fromEntries(params)).toEqual({
      searchKey: 'kev',
      searchIn: 'uid,name',
      status: 'available',
      roles: 'a,b',
      per_page: '5',
      page: '2',
      withTags: '1',
    });
  });

  it('adds the deactivated filters and perPage on the admin API only', () => {
    const query = { withDeactivated: true, onlyDeactivated: true, status: 'online' as const };
    expect(Object.fromEntries(listUsersParams(query, 'admin'))).toMatchObject({
      perPage: '100',
      status: 'available',
      withDeactivated: '1',
      onlyDeactivated: '1',
    });
    expect(listUsersParams(query, 'user').has('withDeactivated')).toBe(false);
  });

  it('toUserPage falls back to the query when pagination is missing', () => {
    expect(toUserPage([], undefined, { limit: 10, page: 3 })).toEqual({
      users: [],
      total: 0,
      page: 3,
      perPage: 10,
      totalPages: 0,
    });
  });
});

describe('retry policy', () => {
  const tooMany = (retryAfterMs: number) =>
    new RateLimitError('slow down', { code: 'ERR_TOO_MANY_REQUESTS', status: 429, retryAfterMs });

  it("waits a 429's Retry-After, backs off exponentially on 5xx and network failures, up to the limit", () => {
    expect(retryDelay(tooMany(1500), 0)).toBe(1500);
    const unavailable = new ProfileKitError('busy', { code: 'HTTP_503', status: 503 });
    expect([0, 1].map((retry) => retryDelay(unavailable, retry, { backoffMs: 100 }))).toEqual([100, 200]);
    expect(retryDelay(unavailable, 2)).toBeUndefined();
    expect(retryDelay(new ProfileKitError('offline', { code: 'ERR_NETWORK' }), 0)).toBe(300);
  });

  it('gives up on client errors, timeouts, non-profilekit errors and a Retry-After beyond maxDelayMs', () => {
    expect(retryDelay(new ProfileKitError('nope', { code: 'ERR_UID_NOT_FOUND', status: 404 }), 0)).toBeUndefined();
    expect(retryDelay(new ProfileKitError('slow', { code: 'ERR_TIMEOUT' }), 0)).toBeUndefined();
    expect(retryDelay(new Error('x'), 0)).toBeUndefined();
    expect(retryDelay(tooMany(60_000), 0)).toBeUndefined();
    expect(retryDelay(tooMany(1000), 0, { limit: 0 })).toBeUndefined();
  });

  it('reads Retry-After seconds', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('0')).toBe(0);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
