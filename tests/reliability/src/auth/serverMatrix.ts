/**
 * The route × caller matrix of `@profilekit/server` as a readable table: every route × every kind of
 * caller → what must happen. `{alice}`, `{carol}` and `{new}` are filled in per cell with fresh users.
 */

/** Who calls: nobody, a made-up or revoked token, a user, another user, an admin, an admin deactivated since. */
export const callers = [
  'anonymous',
  'forgedToken',
  'revokedToken',
  'alice',
  'bob',
  'admin',
  'deactivatedAdmin',
] as const;

/** One caller. */
export type ServerCaller = (typeof callers)[number];

/** What a cell expects: `200`, or a refusal `status code`. */
export type ServerExpected = '200' | `${401 | 403} ${string}`;

const OK = '200';
const NO_TOKEN = '401 AUTH_ERR_EMPTY_AUTH_TOKEN';
const BAD_TOKEN = '401 AUTH_ERR_AUTH_TOKEN_NOT_FOUND';
const NOT_ADMIN = '403 AUTH_ERR_NO_ACCESS';

/** A route, its body, and the expectation per caller (in the order of {@link callers}). */
export interface ServerMatrixRow {
  route: string;
  body?: unknown;
  expected: readonly [
    ServerExpected,
    ServerExpected,
    ServerExpected,
    ServerExpected,
    ServerExpected,
    ServerExpected,
    ServerExpected,
  ];
}

const signup = { user: { uid: '{new}', name: 'New' }, account: { password: 'a-long-pass-phrase' } };
const ADMIN_ONLY = [NO_TOKEN, BAD_TOKEN, BAD_TOKEN, NOT_ADMIN, NOT_ADMIN, OK, BAD_TOKEN] as const;
const SIGNED_IN = [NO_TOKEN, BAD_TOKEN, BAD_TOKEN, OK, OK, OK, BAD_TOKEN] as const;
/** CometChat's webhooks take HTTP Basic only: no auth token opens them. */
const WEBHOOK_ONLY = Array(7).fill('401 AUTH_ERR_WEBHOOK') as unknown as ServerMatrixRow['expected'];
const presence = {
  trigger: 'user_connection_status_changed',
  data: { user: { uid: '{alice}' }, status: 'offline', timestamp: 1 },
};

/* biome-ignore format: the table is read by people; keep one row per route, one column per caller */
export const serverMatrix: readonly ServerMatrixRow[] = [
  //                                                                                   anonymous forged  revoked    alice      bob        admin  deactivated admin
  { route: 'POST /signup', body: signup,                                     expected: [OK,       OK,     OK,        OK,        OK,        OK,    OK] },
  { route: 'GET /signup/uids/{new}',                                         expected: [OK,       OK,     OK,        OK,        OK,        OK,    OK] },
  { route: 'POST /session', body: { login: '{dave}', password: 'dave-pass-phrase' }, expected: [OK, OK, OK,        OK,        OK,        OK,    OK] },
  { route: 'GET /users',                                                     expected: ADMIN_ONLY },
  { route: 'GET /users?withDeactivated=1&searchKey=carol',                   expected: ADMIN_ONLY },
  { route: 'POST /users', body: { uid: '{new}', name: 'New', role: 'admin' }, expected: ADMIN_ONLY },
  { route: 'GET /users/{alice}',                                             expected: ADMIN_ONLY },
  { route: 'PATCH /users/{alice}', body: { role: 'admin', name: 'Taken' },   expected: ADMIN_ONLY },
  { route: 'DELETE /users/{alice}',                                          expected: ADMIN_ONLY },
  { route: 'DELETE /users/{alice}?permanent=true',                           expected: ADMIN_ONLY },
  { route: 'POST /users/deactivate', body: { uids: ['{carol}'] },            expected: ADMIN_ONLY },
  { route: 'POST /users/reactivate', body: { uids: ['{carol}'] },            expected: ADMIN_ONLY },
  { route: 'GET /events',                                                    expected: SIGNED_IN },
  { route: 'POST /events/user-changed', body: { uid: '{alice}' },            expected: [NO_TOKEN, BAD_TOKEN, BAD_TOKEN, OK,       NOT_ADMIN, OK,    BAD_TOKEN] },
  { route: 'POST /webhooks/cometchat', body: presence,                       expected: WEBHOOK_ONLY },
];
