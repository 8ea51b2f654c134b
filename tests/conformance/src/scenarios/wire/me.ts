import type { Scenario } from '../../scenario';
import { manyAtOnce } from './rules';
import { badRequest, rawLogin, rawUser, refusal, stored, wireOnly } from './support';

const avatar = 'https://example.com/profilekit/avatar.png';

/** `PUT /me` (the logged-in user), `unset` on the admin update, and the client API without a token, raw. */
export const wireMeScenarios: Scenario[] = [
  {
    id: 'wire: login as the SDK sends it: the user online, with the auth token',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'w-login');
      const token = await context.wire.asAdmin('POST', `/users/${uid}/auth_tokens`, {});
      const authToken = String((token.data as { authToken?: unknown } | null)?.authToken);
      const sdkBody = {
        platform: 'WEB',
        deviceId: `${context.target.appId}_conformance_wire`,
        appInfo: { version: 'v4.2.0', apiVersion: 'v3.0', userAgent: 'profilekit-conformance' },
      };
      const headers = { resource: 'WEB-4_2_0-profilekit-conformance', sdk: 'javascript@4.2.0' };
      const login = await context.wire.asUser(authToken, 'PUT', '/me', sdkBody, headers);
      const me = (login.data ?? {}) as Record<string, unknown>;
      const after = await stored(context, uid);
      return {
        expected: { status: 200, uid, answerStatus: 'online', authToken: true, storedStatus: 'online' },
        observed: {
          status: login.status,
          uid: (me.uid as string) ?? null,
          answerStatus: (me.status as string) ?? null,
          authToken: me.authToken === authToken,
          storedStatus: (after.status as string) ?? null,
        },
      };
    },
  },
  {
    id: 'wire: PUT /me with a role: accepted, the role unchanged',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'w-me-role');
      const token = await rawLogin(context, uid);
      const answer = await context.wire.asUser(token, 'PUT', '/me', {
        role: context.target.otherRole,
        statusMessage: 'Promote me',
      });
      const after = await stored(context, uid);
      const answered = (answer.data ?? {}) as Record<string, unknown>;
      return {
        expected: { status: 200, answerRole: 'default', role: 'default', statusMessage: 'Promote me' },
        observed: {
          status: answer.status,
          answerRole: (answered.role as string) ?? null,
          role: (after.role as string) ?? null,
          statusMessage: (after.statusMessage as string) ?? null,
        },
      };
    },
  },
  {
    id: 'wire: PUT /me with a uid: accepted, the uid unchanged, no user made',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'w-me-uid');
      const other = context.uid('w-me-uid-new');
      const token = await rawLogin(context, uid);
      const answer = await context.wire.asUser(token, 'PUT', '/me', { uid: other, name: 'Renamed' });
      const after = await stored(context, uid);
      const newUid = await context.wire.asAdmin('GET', `/users/${other}`);
      return {
        expected: { status: 200, answerUid: uid, name: 'Renamed', otherUid: 404 },
        observed: {
          status: answer.status,
          answerUid: ((answer.data as { uid?: string } | null)?.uid as string) ?? null,
          name: (after.name as string) ?? null,
          otherUid: newUid.status,
        },
      };
    },
  },
  {
    id: 'wire: PUT /me refuses bad fields, changing nothing',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'w-me-bad');
      const token = await rawLogin(context, uid);
      const { uid: _uid, ...changes } = manyAtOnce(uid);
      const answer = await context.wire.asUser(token, 'PUT', '/me', changes);
      const after = await stored(context, uid);
      return {
        expected: { refused: badRequest('avatar', 'name', 'tags'), name: 'Conformance w-me-bad', tags: 0 },
        observed: {
          refused: refusal(answer),
          name: (after.name as string) ?? null,
          tags: Array.isArray(after.tags) ? after.tags.length : 0,
        },
      };
    },
  },
  {
    id: 'wire: PUT /users/{uid} unset removes avatar, link and metadata',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'w-unset', { avatar, link: avatar, metadata: { plan: 'pro' } });
      const answer = await context.wire.asAdmin('PUT', `/users/${uid}`, { unset: ['avatar', 'link', 'metadata'] });
      const after = await stored(context, uid);
      const gone = (value: unknown) =>
        value === undefined ||
        value === null ||
        value === '' ||
        (typeof value === 'object' && !Object.keys(value).length);
      return {
        expected: { status: 200, avatar: true, link: true, metadata: true, name: 'Conformance w-unset' },
        observed: {
          status: answer.status,
          avatar: gone(after.avatar),
          link: gone(after.link),
          metadata: gone(after.metadata),
          name: (after.name as string) ?? null,
        },
      };
    },
  },
  {
    id: 'wire: unset of a field that cannot be cleared (name) is refused',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'w-unset-name');
      const answer = await context.wire.asAdmin('PUT', `/users/${uid}`, { unset: ['name'] });
      const after = await stored(context, uid);
      return {
        expected: { refused: badRequest('unset'), name: 'Conformance w-unset-name' },
        observed: { refused: refusal(answer), name: (after.name as string) ?? null },
      };
    },
  },
  {
    id: 'wire: the client API without an auth token is 401 AUTH_ERR_EMPTY_AUTH_TOKEN',
    transports: wireOnly,
    async run(context) {
      const me = await context.wire.asNobody('PUT', '/me', { statusMessage: 'hi' });
      const read = await context.wire.asNobody('GET', '/me');
      const expected = { status: 401, code: 'AUTH_ERR_EMPTY_AUTH_TOKEN', fields: [] };
      return { expected: { putMe: expected, getMe: expected }, observed: { putMe: refusal(me), getMe: refusal(read) } };
    },
  },
];
