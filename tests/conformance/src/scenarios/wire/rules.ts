import type { Scenario, ScenarioContext } from '../../scenario';
import { badRequest, refusal, wireOnly } from './support';

/** A URL of exactly `length` characters. */
const urlOf = (length: number) => {
  const base = 'https://example.com/profilekit/';
  return base + 'a'.repeat(length - base.length);
};

/** A metadata object whose JSON is exactly `bytes` bytes (`{"k":"…"}` is 8 bytes plus the value). */
const metadataOf = (bytes: number) => ({ k: 'a'.repeat(bytes - 8) });

/** A uid under the run's prefix padded to exactly `length` characters. */
const uidOf = (context: ScenarioContext, name: string, length: number) => {
  const uid = context.uid(name);
  const padded = uid + 'x'.repeat(Math.max(0, length - uid.length));
  context.ledger.uids.add(padded);
  return padded;
};

/**
 * One field rule of CometChat's create user (`POST /users`): a body that breaks it, and — for a length or
 * size rule — one exactly at the limit, which must be accepted (a server stricter than the docs fails too).
 */
interface Rule {
  id: string;
  field: string;
  /** The error code when not `ERR_BAD_REQUEST`. */
  code?: string;
  bad(context: ScenarioContext, uid: string): Record<string, unknown>;
  atLimit?(context: ScenarioContext, uid: string): Record<string, unknown>;
}

const rules: Rule[] = [
  {
    id: 'uid characters (letters, digits, _ and - only)',
    field: 'uid',
    bad: (_context, uid) => ({ uid: `${uid}.with space!`, name: 'Bad UID' }),
  },
  {
    id: 'uid length (at most 100)',
    field: 'uid',
    bad: (context) => ({ uid: uidOf(context, 'r-uid-101', 101), name: 'Long UID' }),
    atLimit: (context) => ({ uid: uidOf(context, 'r-uid-100', 100), name: 'Long UID' }),
  },
  { id: 'name required', field: 'name', bad: (_context, uid) => ({ uid }) },
  {
    id: 'name length (1 to 100)',
    field: 'name',
    bad: (_context, uid) => ({ uid, name: 'n'.repeat(101) }),
    atLimit: (_context, uid) => ({ uid, name: 'n'.repeat(100) }),
  },
  { id: 'name not empty', field: 'name', bad: (_context, uid) => ({ uid, name: '' }) },
  { id: 'avatar a valid URL', field: 'avatar', bad: (_context, uid) => ({ uid, name: 'A', avatar: 'not-a-url' }) },
  {
    id: 'avatar length (at most 3000)',
    field: 'avatar',
    bad: (_context, uid) => ({ uid, name: 'A', avatar: urlOf(3001) }),
    atLimit: (_context, uid) => ({ uid, name: 'A', avatar: urlOf(3000) }),
  },
  { id: 'link a valid URL', field: 'link', bad: (_context, uid) => ({ uid, name: 'L', link: 'not a url' }) },
  {
    id: 'link length (at most 3000)',
    field: 'link',
    bad: (_context, uid) => ({ uid, name: 'L', link: urlOf(3001) }),
    atLimit: (_context, uid) => ({ uid, name: 'L', link: urlOf(3000) }),
  },
  {
    id: 'metadata size (at most 5 KB as JSON)',
    field: 'metadata',
    bad: (_context, uid) => ({ uid, name: 'M', metadata: metadataOf(5 * 1024 + 1) }),
    atLimit: (_context, uid) => ({ uid, name: 'M', metadata: metadataOf(5 * 1024) }),
  },
  {
    id: 'metadata a JSON object',
    field: 'metadata',
    bad: (_context, uid) => ({ uid, name: 'M', metadata: 'plan=pro' }),
  },
  {
    id: 'tags count (at most 25)',
    field: 'tags',
    bad: (_context, uid) => ({ uid, name: 'T', tags: Array.from({ length: 26 }, (_, n) => `t${n}`) }),
    atLimit: (_context, uid) => ({ uid, name: 'T', tags: Array.from({ length: 25 }, (_, n) => `t${n}`) }),
  },
  {
    id: 'tag length (at most 100)',
    field: 'tags',
    bad: (_context, uid) => ({ uid, name: 'T', tags: ['t'.repeat(101)] }),
    atLimit: (_context, uid) => ({ uid, name: 'T', tags: ['t'.repeat(100)] }),
  },
  {
    // The error guide's code for it: ERR_ROLE_NOT_FOUND (https://www.cometchat.com/docs/articles/error-guide).
    id: 'role must exist (ERR_ROLE_NOT_FOUND)',
    field: 'role',
    code: 'ERR_ROLE_NOT_FOUND',
    bad: (_context, uid) => ({ uid, name: 'R', role: 'no-such-role-pk' }),
  },
];

/**
 * Each rule of the create endpoint, sent raw: the refusal DESIGN's error table documents (400
 * `ERR_BAD_REQUEST`, `details` naming the field), nothing stored, and the value at the limit accepted.
 */
const createRules: Scenario[] = rules.map((rule, index) => ({
  id: `wire: POST /users enforces ${rule.id}`,
  transports: wireOnly,
  async run(context) {
    const uid = context.uid(`r${index}`);
    const answer = await context.wire.asAdmin('POST', '/users', rule.bad(context, uid));
    const after = await context.wire.asAdmin('GET', `/users/${uid}`);
    const refused = { status: 400, code: rule.code ?? 'ERR_BAD_REQUEST', fields: [rule.field] };
    const expected = { refused, storedAfter: 404 };
    const observed = { refused: refusal(answer), storedAfter: after.status };
    if (!rule.atLimit) return { expected, observed };
    const limit = await context.wire.asAdmin('POST', '/users', rule.atLimit(context, context.uid(`r${index}-ok`)));
    return {
      expected: { ...expected, atLimit: 200 },
      observed: { ...observed, atLimit: limit.status },
    };
  },
}));

/** Twenty-six tags, a bad avatar and an empty name at once: every field named. */
export const manyAtOnce = (uid: string) => ({
  name: '',
  avatar: 'not-a-url',
  tags: Array.from({ length: 26 }, (_, n) => `t${n}`),
  uid,
});

/** The same rules on the admin update (`PUT /users/{uid}`): refused, and nothing changed. */
const updateRules: Scenario = {
  id: 'wire: PUT /users/{uid} refuses bad fields, changing nothing',
  transports: wireOnly,
  async run(context) {
    const uid = context.uid('r-upd');
    await context.wire.asAdmin('POST', '/users', { uid, name: 'Before' });
    const { uid: _uid, ...changes } = manyAtOnce(uid);
    const answer = await context.wire.asAdmin('PUT', `/users/${uid}`, changes);
    const after = (await context.wire.asAdmin('GET', `/users/${uid}`)).data as { name?: string; avatar?: string };
    return {
      expected: { refused: badRequest('avatar', 'name', 'tags'), name: 'Before', avatar: null },
      observed: { refused: refusal(answer), name: after?.name ?? null, avatar: after?.avatar ?? null },
    };
  },
};

/** Every field rule of the user-management API, sent raw with `fetch`. */
export const wireRuleScenarios: Scenario[] = [...createRules, updateRules];
