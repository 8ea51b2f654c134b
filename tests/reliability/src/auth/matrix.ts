/**
 * The auth matrix of the emulator as a readable table: every endpoint × every credential → what
 * must happen. `{alice}`, `{bob}`, `{carol}` and `{token}` are filled in per cell with fresh users.
 */

/** The credentials a request can carry. */
export const credentials = [
  'none',
  'unknownKey',
  'authKey',
  'authKeyOnBehalfOfAlice',
  'restKey',
  'restKeyOnBehalfOfAlice',
  'ownToken',
  'otherUsersToken',
  'revokedToken',
] as const;

/** One credential. */
export type Credential = (typeof credentials)[number];

/** What a cell expects: an answer `200` (optionally acting as a given user), or a refusal `status code`. */
export type Expected = '200' | '200 as alice' | '200 as bob' | `${401 | 403} ${string}`;

const OK = '200';
const AS_ALICE = '200 as alice';
const AS_BOB = '200 as bob';
const NO_KEY = '401 AUTH_ERR_EMPTY_APIKEY';
const BAD_KEY = '401 AUTH_ERR_APIKEY_NOT_FOUND';
const NO_SCOPE = '403 AUTH_ERR_NO_ACCESS';
const NO_TOKEN = '401 AUTH_ERR_EMPTY_AUTH_TOKEN';
const BAD_TOKEN = '401 AUTH_ERR_AUTH_TOKEN_NOT_FOUND';

/** An endpoint, its body, and the expectation per credential (in the order of {@link credentials}). */
export interface MatrixRow {
  endpoint: string;
  body?: unknown;
  expected: readonly [Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected, Expected];
}

const blocked = { blockedUids: ['{carol}'] };

/* biome-ignore format: the table is read by people; keep one row per endpoint, one column per credential */
export const authMatrix: readonly MatrixRow[] = [
  //                                                                              none      unknownKey   authKey    authKey+onBehalfOf   restKey   restKey+onBehalfOf  ownToken   bob'sToken   revokedToken
  { endpoint: 'GET /',                                                 expected: [OK,       OK,          OK,        OK,                  OK,       OK,                 OK,        OK,          OK] },
  { endpoint: 'POST /users', body: { uid: '{new}', name: 'New' },      expected: [NO_KEY,   BAD_KEY,     OK,        OK,                  OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'GET /users',                                            expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 OK,        OK,          BAD_TOKEN] },
  { endpoint: 'GET /users/{alice}',                                    expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 OK,        OK,          BAD_TOKEN] },
  { endpoint: 'PUT /users/{alice}', body: { name: 'Renamed' },         expected: [NO_KEY,   BAD_KEY,     OK,        OK,                  OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'DELETE /users/{alice}', body: { permanent: false },     expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'DELETE /users', body: { uidsToDeactivate: ['{carol}'] }, expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'PUT /users', body: { uidsToActivate: ['{carol}'] },     expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'POST /users/{alice}/auth_tokens', body: {},             expected: [NO_KEY,   BAD_KEY,     OK,        OK,                  OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'GET /users/{alice}/auth_tokens',                        expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'GET /users/{alice}/auth_tokens/{token}',                expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'DELETE /users/{alice}/auth_tokens/{token}',             expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'DELETE /users/{alice}/auth_tokens',                     expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'PUT /me', body: { statusMessage: 'changed' },           expected: [NO_TOKEN, BAD_KEY,     NO_TOKEN,  NO_SCOPE,            NO_TOKEN, AS_ALICE,           AS_ALICE,  AS_BOB,      BAD_TOKEN] },
  { endpoint: 'GET /me',                                               expected: [NO_TOKEN, BAD_KEY,     NO_TOKEN,  NO_SCOPE,            NO_TOKEN, AS_ALICE,           AS_ALICE,  AS_BOB,      BAD_TOKEN] },
  { endpoint: 'DELETE /me',                                            expected: [NO_TOKEN, BAD_KEY,     NO_TOKEN,  NO_SCOPE,            NO_TOKEN, OK,                 OK,        OK,          BAD_TOKEN] },
  { endpoint: 'POST /blockedusers', body: blocked,                     expected: [NO_TOKEN, BAD_KEY,     NO_TOKEN,  NO_SCOPE,            NO_TOKEN, OK,                 OK,        OK,          BAD_TOKEN] },
  { endpoint: 'GET /blockedusers',                                     expected: [NO_TOKEN, BAD_KEY,     NO_TOKEN,  NO_SCOPE,            NO_TOKEN, OK,                 OK,        OK,          BAD_TOKEN] },
  { endpoint: 'DELETE /blockedusers', body: blocked,                   expected: [NO_TOKEN, BAD_KEY,     NO_TOKEN,  NO_SCOPE,            NO_TOKEN, OK,                 OK,        OK,          BAD_TOKEN] },
  { endpoint: 'POST /users/{alice}/blockedusers', body: blocked,       expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'GET /users/{alice}/blockedusers',                       expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'DELETE /users/{alice}/blockedusers', body: blocked,     expected: [NO_KEY,   BAD_KEY,     NO_SCOPE,  NO_SCOPE,            OK,       OK,                 NO_KEY,    NO_KEY,      NO_KEY] },
  { endpoint: 'POST /user_sessions', body: {},                         expected: [OK,       OK,          OK,        OK,                  OK,       OK,                 OK,        OK,          OK] },
];
