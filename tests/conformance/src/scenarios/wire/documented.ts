import type { Scenario } from '../../scenario';
import { accepted, listed, rawLogin, rawUser, stored, wireOnly } from './support';

/** Admin list of this scenario's users (`searchKey=<prefix>`), with extra parameters. */
const adminList = (prefix: string, params = '') => `/users?searchKey=${prefix}&perPage=100${params}`;

/** A number of unix seconds, as a fact: `true` when it is one. */
const isSeconds = (value: unknown) => typeof value === 'number' && Number.isInteger(value) && value > 1_000_000_000;

/**
 * What CometChat's docs state and the emulator once did otherwise (issue #29, item 3): each scenario names its
 * doc and would pass against a server that ignored it only by chance.
 */
export const wireDocumentedScenarios: Scenario[] = [
  {
    // "Retrieve List of Users": users come sorted by status, name and UID — online first
    // (https://www.cometchat.com/docs/sdk/javascript/retrieve-users).
    id: 'wire: GET /users with no sortBy lists online first, then by name, then uid',
    transports: wireOnly,
    async run(context) {
      const prefix = context.uid('wd-order');
      const a = await rawUser(context, 'wd-order-a', { name: 'Amy Conformance' });
      const b = await rawUser(context, 'wd-order-b', { name: 'Amy Conformance' });
      const c = await rawUser(context, 'wd-order-c', { name: 'Zed Conformance' });
      await rawLogin(context, c);
      const observed = listed(context, await context.wire.asAdmin('GET', adminList(prefix)));
      return { expected: [c, a, b], observed };
    },
  },
  {
    // The SDK sends friendsOnly=1 for UsersRequestBuilder().friendsOnly(true); CometChat answers only friends
    // (https://www.cometchat.com/docs/rest-api/friends). A server may refuse it naming the parameter, never ignore it.
    id: 'wire: GET /users?friendsOnly=1 is honoured (no friends: nobody) or refused naming it',
    transports: wireOnly,
    async run(context) {
      const prefix = context.uid('wd-friends');
      await rawUser(context, 'wd-friends-a');
      const viewer = await rawUser(context, 'wd-friends-viewer');
      const token = await rawLogin(context, viewer);
      const answer = await context.wire.asUser(token, 'GET', `${adminList(prefix)}&friendsOnly=1`);
      const refused = answer.status === 400 && answer.fields.includes('friendsOnly');
      const honoured = answer.status === 200 && listed(context, answer).length === 0;
      return { expected: true, observed: refused || honoured };
    },
  },
  {
    // List Users: "uids … Maximum 25 UIDs" (https://www.cometchat.com/docs/rest-api/users/list).
    id: 'wire: GET /users?uids= takes at most 25 uids',
    transports: wireOnly,
    async run(context) {
      const uids = (count: number) => Array.from({ length: count }, (_, n) => context.uid(`wd-uids-${n}`)).join(',');
      const at = await context.wire.asAdmin('GET', `/users?uids=${uids(25)}`);
      const over = await context.wire.asAdmin('GET', `/users?uids=${uids(26)}`);
      return {
        expected: { at: 200, over: { status: 400, fields: ['uids'] } },
        observed: { at: at.status, over: { status: over.status, fields: over.fields } },
      };
    },
  },
  {
    // Error guide: AUTH_ERR_INVALID_APPID, "invalid appId or it does not exist in a region"
    // (https://www.cometchat.com/docs/articles/error-guide).
    id: 'wire: an appId header of another app is AUTH_ERR_INVALID_APPID',
    transports: wireOnly,
    async run(context) {
      const answer = await context.wire.asAdmin('GET', '/users?perPage=1', undefined, { appId: 'no-such-app-pk' });
      return {
        expected: { status: 401, code: 'AUTH_ERR_INVALID_APPID' },
        observed: { status: answer.status, code: answer.code },
      };
    },
  },
  {
    // Deactivate answers { data: { deactivatedUids } }, Reactivate { data: { nonDeactivatedUids } }
    // (https://www.cometchat.com/docs/rest-api/users/deactivate, …/reactivate).
    id: 'wire: bulk deactivate and reactivate answer deactivatedUids / nonDeactivatedUids',
    transports: wireOnly,
    async run(context) {
      const a = await rawUser(context, 'wd-bulk-a');
      const b = await rawUser(context, 'wd-bulk-b');
      const off = accepted(await context.wire.asAdmin('DELETE', '/users', { uidsToDeactivate: [a, b] }), 'deactivate');
      const on = accepted(await context.wire.asAdmin('PUT', '/users', { uidsToActivate: [a, b] }), 'reactivate');
      const sorted = (value: unknown) => (Array.isArray(value) ? value.map(String).sort() : null);
      const field = (answer: typeof off, name: string) => sorted((answer.data as Record<string, unknown>)?.[name]);
      return {
        expected: { deactivatedUids: [a, b].sort(), nonDeactivatedUids: [a, b].sort() },
        observed: {
          deactivatedUids: field(off, 'deactivatedUids'),
          nonDeactivatedUids: field(on, 'nonDeactivatedUids'),
        },
      };
    },
  },
  {
    // List Blocked Users sample: blockedByMeAt and blockedAt on each user, meta.cursor beside the pagination
    // (https://www.cometchat.com/docs/rest-api/blocked-users/list-blocked-users).
    id: 'wire: blocked-user lists carry blockedAt, blockedByMeAt and meta.cursor',
    transports: wireOnly,
    async run(context) {
      const blocked = await rawUser(context, 'wd-blocked');
      const viewer = await rawUser(context, 'wd-blocker');
      const token = await rawLogin(context, viewer);
      accepted(await context.wire.asUser(token, 'POST', '/blockedusers', { blockedUids: [blocked] }), 'block');
      const answer = await context.wire.asUser(token, 'GET', '/blockedusers?direction=blockedByMe');
      const user = (Array.isArray(answer.data) ? answer.data : []).find(
        (entry) => (entry as { uid?: string }).uid === blocked,
      ) as Record<string, unknown> | undefined;
      return {
        expected: { blockedAt: true, blockedByMeAt: true, cursor: true },
        observed: {
          blockedAt: isSeconds(user?.blockedAt),
          blockedByMeAt: isSeconds(user?.blockedByMeAt),
          cursor: typeof answer.meta?.cursor === 'object' && answer.meta?.cursor !== null,
        },
      };
    },
  },
  {
    // The User object of the REST reference carries updatedAt from creation on
    // (https://www.cometchat.com/docs/rest-api/users/create, response sample).
    id: 'wire: a new user has updatedAt',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'wd-updated');
      return { expected: true, observed: isSeconds((await stored(context, uid)).updatedAt) };
    },
  },
  {
    // Create User: avatar and link are "a valid URL" with no scheme named, statusMessage has no documented bound
    // (https://www.cometchat.com/docs/rest-api/users/create). profilekit's http(s)-only and 1000-character rules are
    // the kit's choice (the policy table's `cometchat` rows); a server must accept what the docs accept.
    id: 'wire: POST /users accepts a URL of another scheme and a status message over 1000 characters',
    transports: wireOnly,
    async run(context) {
      const uid = context.uid('wd-loose');
      const fields = { avatar: 'ftp://files.example.com/profilekit.png', link: 'mailto:profilekit@example.com' };
      const statusMessage = 's'.repeat(1500);
      const answer = await context.wire.asAdmin('POST', '/users', {
        uid,
        name: 'Conformance loose',
        ...fields,
        statusMessage,
      });
      const after = answer.status === 200 ? await stored(context, uid) : {};
      return {
        expected: { status: 200, ...fields, statusMessage: 1500 },
        observed: {
          status: answer.status,
          avatar: String(after.avatar ?? ''),
          link: String(after.link ?? ''),
          statusMessage: String(after.statusMessage ?? '').length,
        },
      };
    },
  },
  {
    // The SDK reads GET /settings (its `appSettings` endpoint) before building URLs and on every extension check,
    // then builds https://{ADMIN_API_HOST}/{CHAT_API_VERSION}/…: the hosts must lead back to the server it used.
    id: 'wire: GET /settings answers hosts that lead back to the server',
    transports: wireOnly,
    async run(context) {
      const token = await rawLogin(context, await rawUser(context, 'wd-settings'));
      const answer = await context.wire.asUser(token, 'GET', '/settings');
      const settings = (answer.data ?? {}) as Record<string, unknown>;
      const { admin, client } = context.wire.bases;
      const { url, appId, region } = context.target;
      const hosts = {
        admin: url ? new URL(admin).host : `${appId}.api-${region}.cometchat.io`,
        client: url ? new URL(client).host : `${appId}.apiclient-${region}.cometchat.io`,
      };
      // The host itself varies by run (a free port): a match is recorded as such, anything else verbatim.
      const seen = (value: unknown, host: string) =>
        value === host ? 'the host used' : typeof value === 'string' ? value : null;
      return {
        expected: { status: 200, admin: 'the host used', client: 'the host used' },
        observed: {
          status: answer.status,
          admin: seen(settings.ADMIN_API_HOST, hosts.admin),
          client: seen(settings.CLIENT_API_HOST, hosts.client),
        },
      };
    },
  },
];
