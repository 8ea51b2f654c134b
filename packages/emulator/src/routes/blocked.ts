import type { BlockOutcome } from '@profilekit/core';
import { type Context, Hono } from 'hono';
import { authenticate, authenticateUser } from '../auth/authenticate';
import { type EmulatorConfig, nowSeconds } from '../config';
import { bodyObject, readJsonBody } from '../http/body';
import { badRequest } from '../http/errors';
import { listUsers, parseUserListQuery } from '../users/listUsers';
import { presentUser } from '../users/present';
import { requireActiveUser, uidList } from '../users/storedUser';
import { viewerOf } from '../users/viewer';

const directions = ['blockedByMe', 'hasBlockedMe', 'both'] as const;
type Direction = (typeof directions)[number];

/**
 * Blocking: `POST|DELETE /blockedusers {blockedUids}` answers, per uid, `{ success, message }`;
 * `GET /blockedusers?direction=blockedByMe|hasBlockedMe|both` lists. The same under
 * `/users/{uid}/blockedusers` with the REST API key.
 */
export function blockedRoutes(config: EmulatorConfig): Hono {
  const app = new Hono();
  const { store } = config;
  const what = 'blocking users';

  const blocker = (c: Context) => {
    const uid = c.req.param('uid');
    if (uid === undefined) return authenticateUser(c, config, what).uid;
    authenticate(c, config, { key: 'fullAccess', what });
    return requireActiveUser(config, uid).uid;
  };

  const change = (action: 'block' | 'unblock') => async (c: Context) => {
    const me = blocker(c);
    const uids = uidList(bodyObject(await readJsonBody(c.req.raw, config.maxBodyBytes)), 'blockedUids');
    const outcome: BlockOutcome = {};
    const done: string[] = [];
    for (const uid of uids) {
      if (uid === me) outcome[uid] = { success: false, message: `You cannot ${action} yourself.` };
      else if (!store.getUser(uid)) outcome[uid] = { success: false, message: `The UID ${uid} does not exist.` };
      else {
        done.push(uid);
        outcome[uid] = { success: true, message: `The user with UID ${uid} has been ${action}ed successfully.` };
      }
    }
    if (action === 'block') store.block(me, done, nowSeconds(config));
    else store.unblock(me, done);
    return c.json({ data: outcome });
  };

  const list = (c: Context) => {
    const me = blocker(c);
    const params = new URL(c.req.url).searchParams;
    const direction = (params.get('direction') ?? 'blockedByMe') as Direction;
    if (!directions.includes(direction))
      throw badRequest({ direction: [`direction must be one of ${directions.join(', ')}`] });
    const viewer = viewerOf(store, me);
    const related = [
      ...(direction === 'hasBlockedMe' ? [] : viewer.blockedByMe),
      ...(direction === 'blockedByMe' ? [] : viewer.hasBlockedMe),
    ];
    const query = { ...parseUserListQuery(params), uids: related, withTags: true, hideBlockedUsers: false };
    const { users, pagination } = listUsers(store, query, viewer);
    // CometChat's List Blocked Users sample: each user with `blockedByMeAt` and `blockedAt` (unix seconds), and
    // `meta.cursor: { updatedAt, affix: "prepend" }` beside the pagination
    // (https://www.cometchat.com/docs/rest-api/blocked-users/list-blocked-users).
    const data = users.map((user) => {
      const byMe = store.blockedAt(me, user.uid);
      const blockedAt = byMe ?? store.blockedAt(user.uid, me);
      return { ...presentUser(user, { viewer }), ...(byMe === undefined ? {} : { blockedByMeAt: byMe }), blockedAt };
    });
    return c.json({ data, meta: { pagination, cursor: { updatedAt: nowSeconds(config), affix: 'prepend' } } });
  };

  for (const path of ['/blockedusers', '/users/:uid/blockedusers']) {
    app.post(path, change('block'));
    app.delete(path, change('unblock'));
    app.get(path, list);
  }
  return app;
}
