import { normalizeUid } from '@profilekit/core';
import { applyUserPayload, isJsonObject } from '@profilekit/core/internal';
import { Hono } from 'hono';
import { authenticate } from '../auth/authenticate';
import { issueAuthToken } from '../auth/credentials';
import { type EmulatorConfig, nowSeconds } from '../config';
import { bodyObject, readJsonBody } from '../http/body';
import { uidNotFound, uidTaken } from '../http/errors';
import { listUsers, parseUserListQuery } from '../users/listUsers';
import { presentUser } from '../users/present';
import { validUserBody } from '../users/rules';
import { newStoredUser, requireActiveUser } from '../users/storedUser';
import { viewerOf } from '../users/viewer';
import { bulkUserRoutes } from './bulkUsers';

/**
 * `/users`: create (Auth Key), list and read (logged-in user or REST API key), update (Auth Key),
 * delete — soft, or `{ permanent: true }` (REST API key).
 */
export function userRoutes(config: EmulatorConfig): Hono {
  const app = new Hono();
  const { store } = config;

  app.post('/users', async (c) => {
    authenticate(c, config, { key: 'authOnly', what: 'creating users' });
    const body = await readJsonBody(c.req.raw, config.maxBodyBytes);
    const data = validUserBody(config, 'create', body);
    const now = nowSeconds(config);
    const user = newStoredUser(data, now);
    if (!store.insertUser(user)) throw uidTaken(user.uid);
    const authToken = bodyObject(body).withAuthToken === true ? issueAuthToken(config, user.uid).authToken : undefined;
    return c.json({ data: presentUser(user, { authToken }) });
  });

  app.get('/users', (c) => {
    const caller = authenticate(c, config, { user: true, key: 'fullAccess', what: 'listing users' });
    const query = parseUserListQuery(new URL(c.req.url).searchParams);
    const viewer = caller.kind === 'user' ? viewerOf(store, caller.uid) : undefined;
    if (viewer) Object.assign(query, { withDeactivated: false, onlyDeactivated: false });
    const { users, pagination } = listUsers(store, query, viewer);
    const data = users.map((user) => presentUser(user, { viewer, withTags: query.withTags }));
    return c.json({ data, meta: { pagination } });
  });

  app.get('/users/:uid', (c) => {
    const caller = authenticate(c, config, { user: true, key: 'fullAccess', what: 'reading users' });
    const user = requireActiveUser(config, c.req.param('uid'));
    const viewer = caller.kind === 'user' ? viewerOf(store, caller.uid) : undefined;
    return c.json({ data: presentUser(user, { viewer }) });
  });

  app.put('/users/:uid', async (c) => {
    authenticate(c, config, { key: 'authOnly', what: 'updating users' });
    const { uid } = requireActiveUser(config, c.req.param('uid'));
    const body = await readJsonBody(c.req.raw, config.maxBodyBytes);
    const data = validUserBody(config, 'update', isJsonObject(body) ? { ...body, uid } : body);
    const now = nowSeconds(config);
    const user = store.updateUser(uid, (current) =>
      current.deactivatedAt === undefined
        ? { ...applyUserPayload('update', current, data), updatedAt: now }
        : undefined,
    );
    if (!user) throw uidNotFound(uid);
    return c.json({ data: presentUser(user) });
  });

  app.delete('/users/:uid', async (c) => {
    authenticate(c, config, { key: 'fullAccess', what: 'deleting users' });
    const uid = normalizeUid(c.req.param('uid'));
    const body = bodyObject(await readJsonBody(c.req.raw, config.maxBodyBytes));
    if (body.permanent === true) {
      if (!store.deleteUser(uid)) throw uidNotFound(uid);
      return c.json({ data: { success: true, message: `The user ${uid} was deleted permanently.` } });
    }
    const now = nowSeconds(config);
    const user = store.updateUser(uid, (current) =>
      current.deactivatedAt === undefined ? { ...current, status: 'offline', deactivatedAt: now } : undefined,
    );
    if (!user) throw uidNotFound(uid);
    return c.json({ data: { success: true, message: `The user ${uid} was deactivated.` } });
  });

  app.route('/', bulkUserRoutes(config));
  return app;
}
