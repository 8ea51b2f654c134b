import type { Scenario, ScenarioContext } from '../../scenario';
import { accepted, listed, rawLogin, rawUser, stored, wireOnly } from './support';

/**
 * Three users under one scenario prefix whose name order (b, c, a) differs from their uid order (a, b, c);
 * `c` is logged in (online). Answers the prefix and the uids.
 */
async function threeNamed(context: ScenarioContext, name: string) {
  const prefix = context.uid(name);
  const a = await rawUser(context, `${name}-a`, { name: 'Zed Conformance' });
  const b = await rawUser(context, `${name}-b`, { name: 'Amy Conformance' });
  const c = await rawUser(context, `${name}-c`, { name: 'Max Conformance' });
  await rawLogin(context, c);
  return { prefix, a, b, c };
}

/** Our uids in `GET /users?searchKey=<prefix>&…` with the REST API key, in the server's order. */
const adminList = async (context: ScenarioContext, prefix: string, params: string) =>
  listed(context, await context.wire.asAdmin('GET', `/users?searchKey=${prefix}&perPage=100${params}`));

/** Each list parameter, sent raw: the answer would differ if the server ignored it. */
export const wireListScenarios: Scenario[] = [
  {
    id: 'wire: GET /users?uids= lists only those uids',
    transports: wireOnly,
    async run(context) {
      const { prefix, a, c } = await threeNamed(context, 'wl-uids');
      const observed = await adminList(context, prefix, `&uids=${a},${c}&sortBy=name&sortOrder=asc`);
      return { expected: [c, a], observed };
    },
  },
  {
    id: 'wire: GET /users?sortBy=name&sortOrder=desc reverses the name order',
    transports: wireOnly,
    async run(context) {
      const { prefix, a, b, c } = await threeNamed(context, 'wl-desc');
      const asc = await adminList(context, prefix, '&sortBy=name&sortOrder=asc');
      const desc = await adminList(context, prefix, '&sortBy=name&sortOrder=desc');
      return { expected: { asc: [b, c, a], desc: [a, c, b] }, observed: { asc, desc } };
    },
  },
  {
    id: 'wire: GET /users?sortBy=status lists online users first',
    transports: wireOnly,
    async run(context) {
      const { prefix, a, b, c } = await threeNamed(context, 'wl-status');
      const observed = await adminList(context, prefix, '&sortBy=status&sortOrder=asc');
      return { expected: [c, b, a], observed };
    },
  },
  {
    id: 'wire: GET /users?hideBlockedUsers=true leaves out whom the viewer blocked',
    transports: wireOnly,
    async run(context) {
      const { prefix, a, b, c } = await threeNamed(context, 'wl-hide');
      const viewer = await rawUser(context, 'viewer-wl-hide');
      const token = await rawLogin(context, viewer);
      accepted(await context.wire.asUser(token, 'POST', '/blockedusers', { blockedUids: [b] }), 'block');
      const list = async (params: string) =>
        listed(context, await context.wire.asUser(token, 'GET', `/users?searchKey=${prefix}&perPage=100${params}`));
      return {
        expected: { shown: [b, c, a], hidden: [c, a] },
        observed: { shown: await list('&sortBy=name'), hidden: await list('&sortBy=name&hideBlockedUsers=true') },
      };
    },
  },
  {
    id: 'wire: a logged-in reader gets conversationId on lists and reads',
    transports: wireOnly,
    async run(context) {
      const { prefix, a, b, c } = await threeNamed(context, 'wl-conv');
      const viewer = await rawUser(context, 'viewer-wl-conv');
      const token = await rawLogin(context, viewer);
      const conversation = (uid: string) => (viewer < uid ? `${viewer}_user_${uid}` : `${uid}_user_${viewer}`);
      const page = await context.wire.asUser(token, 'GET', `/users?searchKey=${prefix}&perPage=100&sortBy=name`);
      const read = await context.wire.asUser(token, 'GET', `/users/${a}`);
      const ids = (Array.isArray(page.data) ? page.data : []) as { conversationId?: string }[];
      return {
        expected: { list: [b, c, a].map(conversation), read: conversation(a) },
        observed: {
          list: ids.map((user) => user.conversationId ?? null),
          read: (read.data as { conversationId?: string } | null)?.conversationId ?? null,
        },
      };
    },
  },
  {
    id: 'wire: after a login the user has lastActiveAt (seconds, not before the login)',
    transports: wireOnly,
    async run(context) {
      const uid = await rawUser(context, 'wl-active');
      // A minute of slack for a remote server whose clock differs from ours.
      const before = Math.floor(Date.now() / 1000) - 60;
      const token = await rawLogin(context, uid);
      const after = await stored(context, uid);
      const viewer = await rawUser(context, 'viewer-wl-active');
      const listedAs = await context.wire.asUser(await rawLogin(context, viewer), 'GET', `/users/${uid}`);
      const me = await context.wire.asUser(token, 'GET', '/me');
      const recent = (value: unknown) => typeof value === 'number' && value >= before && value < before + 660;
      return {
        expected: { admin: true, read: true, me: true },
        observed: {
          admin: recent(after.lastActiveAt),
          read: recent((listedAs.data as { lastActiveAt?: unknown } | null)?.lastActiveAt),
          me: recent((me.data as { lastActiveAt?: unknown } | null)?.lastActiveAt),
        },
      };
    },
  },
];
