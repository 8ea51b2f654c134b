import { hostileStrings } from './strings';

/** Who sends a catalog request. */
export type Sender = 'authKey' | 'restKey' | 'token' | 'none';

/** A raw request: the body exactly as sent (a string, or a size in bytes of filler), and its headers. */
export interface RawRequest {
  method: string;
  path: string;
  as: Sender;
  body?: string | { bytes: number; chunked?: boolean };
  headers?: Record<string, string>;
}

/**
 * One hostile case and the only two acceptable outcomes:
 * - `refused`: a 4xx with a code (`code: null` only where Node's HTTP parser answers before the app);
 * - `stored`: accepted and stored verbatim — read back, the field equals what was sent.
 */
export type HostileCase =
  | { name: string; request: RawRequest; refused: { status: number; code: string | null } }
  | { name: string; store: { via: 'create' | 'update' | 'updateCurrent'; field: string; value: unknown } }
  | { name: string; search: string };

const short = (text: string) => JSON.stringify(text).slice(0, 40);
const createBody = (extra: Record<string, unknown>) => JSON.stringify({ uid: '{uid}', name: 'Hostile', ...extra });
const refused = (name: string, request: RawRequest, status: number, code: string | null): HostileCase => ({
  name,
  request,
  refused: { status, code },
});
const postUser = (body: RawRequest['body'], headers?: Record<string, string>): RawRequest => ({
  method: 'POST',
  path: '/v3/users',
  as: 'authKey',
  body,
  ...(headers && { headers }),
});
const MB = 1024 * 1024;
const BAD_REQUEST = 'ERR_BAD_REQUEST';
const nested = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** The hostile input catalog: each row a request an attacker could send, and what must come of it. */
export const hostileCatalog: readonly HostileCase[] = [
  // Markup, script and SQL in text fields: data, stored verbatim, through each operation.
  ...hostileStrings.map((value) => ({
    name: `name ${short(value)} (create)`,
    store: { via: 'create' as const, field: 'name', value },
  })),
  ...hostileStrings.map((value) => ({
    name: `statusMessage ${short(value)} (updateCurrentUserDetails)`,
    store: { via: 'updateCurrent' as const, field: 'statusMessage', value },
  })),
  { name: 'name with markup (admin update)', store: { via: 'update', field: 'name', value: hostileStrings[1] } },
  { name: 'tags with markup and SQL', store: { via: 'create', field: 'tags', value: hostileStrings.slice(0, 12) } },
  {
    name: 'metadata values and keys with markup',
    store: { via: 'create', field: 'metadata', value: { [hostileStrings[0] as string]: hostileStrings[5] } },
  },
  // Prototype pollution: the keys are stored as data and pollute nothing.
  ...[
    '{"__proto__":{"polluted":true}}',
    '{"constructor":{"prototype":{"polluted":true}}}',
    '{"a":{"__proto__":{"isAdmin":true}}}',
  ].map((json) => ({
    name: `metadata ${json}`,
    store: { via: 'create' as const, field: 'metadata', value: JSON.parse(json) },
  })),
  {
    name: 'metadata __proto__ (updateCurrentUserDetails)',
    store: { via: 'updateCurrent', field: 'metadata', value: JSON.parse('{"__proto__":{"admin":true}}') },
  },
  {
    name: 'metadata key with NUL and $where',
    store: { via: 'create', field: 'metadata', value: { 'a\u0000b': 1, $where: '1==1', 'a.b': null } },
  },
  // Script URLs that are valid URLs: CometChat documents avatar and link as "a valid URL" (any scheme), so the
  // emulator stores them verbatim, as a real app may hold them; the kit never renders them as `src` or `href`
  // (hostileRender.test.tsx). profilekit's own http(s)-only rule refuses them in the clients, the server and the
  // emulator's --strict mode (packages/emulator/test/strict.test.ts).
  ...[
    ['avatar', 'javascript:alert(1)'],
    ['avatar', 'JaVaScRiPt:alert(1)'],
    ['avatar', 'data:image/svg+xml,<svg/onload=alert(1)>'],
    ['link', 'javascript:alert(1)'],
    ['link', 'data:text/html,<script>alert(1)</script>'],
    ['link', 'vbscript:msgbox(1)'],
    ['link', 'file:///etc/passwd'],
  ].map(([field, url]) => ({
    name: `${field} ${short(url as string)} (stored, rendered inert)`,
    store: { via: 'create' as const, field: field as string, value: url },
  })),
  {
    name: 'avatar javascript: on updateCurrentUserDetails (stored, rendered inert)',
    store: { via: 'updateCurrent', field: 'avatar', value: 'javascript:alert(1)' },
  },
  // What is no valid URL at all is refused on the field.
  ...[
    ['avatar', ' javascript:alert(1)'],
    ['avatar', 'java\tscript:alert(1)'],
    ['avatar', 'data:image/svg+xml,<svg onload=alert(1)>'],
    ['avatar', '//evil.example/a.png'],
  ].map(([field, url]) =>
    refused(`${field} ${short(url as string)}`, postUser(createBody({ [field as string]: url })), 400, BAD_REQUEST),
  ),
  // Oversized, malformed and mislabelled bodies.
  refused('1 MB body', postUser({ bytes: MB }), 413, 'ERR_PAYLOAD_TOO_LARGE'),
  refused('10 MB body', postUser({ bytes: 10 * MB }), 413, 'ERR_PAYLOAD_TOO_LARGE'),
  refused(
    '2 MB chunked body with no Content-Length',
    postUser({ bytes: 2 * MB, chunked: true }),
    413,
    'ERR_PAYLOAD_TOO_LARGE',
  ),
  refused(
    '10 MB body on PUT /me',
    { method: 'PUT', path: '/v3/me', as: 'token', body: { bytes: 10 * MB } },
    413,
    'ERR_PAYLOAD_TOO_LARGE',
  ),
  refused(
    'metadata nested 5,000 deep',
    postUser(createBody({}).replace(/}$/, `,"metadata":${nested(5000)}}`)),
    400,
    BAD_REQUEST,
  ),
  refused('truncated JSON', postUser('{"uid":"x","name":'), 400, 'ERR_INVALID_JSON'),
  refused('single-quoted JSON', postUser("{'uid':'x','name':'y'}"), 400, 'ERR_INVALID_JSON'),
  refused('JSON with a trailing comma', postUser('{"uid":"x","name":"y",}'), 400, 'ERR_INVALID_JSON'),
  refused('NaN as a body', postUser('NaN'), 400, 'ERR_INVALID_JSON'),
  refused('text/plain', postUser(createBody({}), { 'content-type': 'text/plain' }), 400, 'ERR_INVALID_CONTENT_TYPE'),
  refused(
    'form-urlencoded',
    postUser('uid=x&name=y', { 'content-type': 'application/x-www-form-urlencoded' }),
    400,
    'ERR_INVALID_CONTENT_TYPE',
  ),
  refused(
    'multipart',
    postUser('--b\r\n\r\nx\r\n--b--', { 'content-type': 'multipart/form-data; boundary=b' }),
    400,
    'ERR_INVALID_CONTENT_TYPE',
  ),
  refused('text/html', postUser(createBody({}), { 'content-type': 'text/html' }), 400, 'ERR_INVALID_CONTENT_TYPE'),
  refused('a JSON array as the body', postUser('[{"uid":"x","name":"y"}]'), 400, BAD_REQUEST),
  // SQL metacharacters, path traversal, NUL and CRLF in uids and paths.
  refused('uid with SQL', postUser(createBody({ uid: "x'; DROP TABLE users;--" })), 400, BAD_REQUEST),
  refused('uid with path traversal', postUser(createBody({ uid: '../../etc/passwd' })), 400, BAD_REQUEST),
  refused('uid with NUL', postUser(createBody({ uid: 'a\u0000b' })), 400, BAD_REQUEST),
  refused('uid with CRLF', postUser(createBody({ uid: 'a\r\nb' })), 400, BAD_REQUEST),
  refused(
    'GET a traversal path',
    { method: 'GET', path: '/v3/users/..%2F..%2Fetc%2Fpasswd', as: 'restKey' },
    404,
    'ERR_UID_NOT_FOUND',
  ),
  refused(
    'GET a double-encoded traversal',
    { method: 'GET', path: '/v3/users/%252e%252e%252fme', as: 'restKey' },
    404,
    'ERR_UID_NOT_FOUND',
  ),
  refused(
    "GET a uid of ' OR 1=1--",
    { method: 'GET', path: "/v3/users/'%20OR%201%3D1--", as: 'restKey' },
    404,
    'ERR_UID_NOT_FOUND',
  ),
  refused(
    'PUT a uid with NUL',
    { method: 'PUT', path: '/v3/users/hostile%00', as: 'authKey', body: '{"name":"x"}' },
    404,
    'ERR_UID_NOT_FOUND',
  ),
  refused(
    'DELETE /users/* deletes nobody',
    { method: 'DELETE', path: '/v3/users/%2A', as: 'restKey', body: '{"permanent":true}' },
    404,
    'ERR_UID_NOT_FOUND',
  ),
  refused(
    'DELETE /users/%25 deletes nobody',
    { method: 'DELETE', path: '/v3/users/%25', as: 'restKey', body: '{"permanent":true}' },
    404,
    'ERR_UID_NOT_FOUND',
  ),
  refused(
    'CRLF in the path',
    { method: 'GET', path: '/v3/users/a%0d%0aSet-Cookie:%20injected=1', as: 'restKey' },
    404,
    'ERR_UID_NOT_FOUND',
  ),
  refused(
    '8 KB path',
    { method: 'GET', path: `/v3/users/${'a'.repeat(8 * 1024)}`, as: 'restKey' },
    404,
    'ERR_UID_NOT_FOUND',
  ),
  refused(
    '100 KB path (refused by Node before the app)',
    { method: 'GET', path: `/v3/users/${'a'.repeat(100 * 1024)}`, as: 'restKey' },
    431,
    null,
  ),
  refused(
    'unknown route with markup',
    { method: 'GET', path: '/v3/%3Cscript%3Ealert(1)%3C%2Fscript%3E', as: 'restKey' },
    404,
    'ERR_ROUTE_NOT_FOUND',
  ),
  refused(
    'appId header with markup',
    { method: 'GET', path: '/v3/users', as: 'restKey', headers: { appId: '<script>alert(1)</script>' } },
    401,
    'AUTH_ERR_INVALID_APPID',
  ),
  refused('perPage of 10^9', { method: 'GET', path: '/v3/users?perPage=1000000000', as: 'restKey' }, 400, BAD_REQUEST),
  refused('page of -1', { method: 'GET', path: '/v3/users?page=-1', as: 'restKey' }, 400, BAD_REQUEST),
  // Searches with metacharacters are literal text: they match nothing here and error nowhere.
  ...["' OR 1=1--", '%', '_', '.*', '\\', '../', '\u0000', '<script>'].map((search) => ({
    name: `search ${short(search)}`,
    search,
  })),
];
