import { Hono } from 'hono';
import { authenticate } from '../auth/authenticate';
import { type EmulatorConfig, nowSeconds } from '../config';
import { bodyObject, readJsonBody } from '../http/body';
import { badRequest } from '../http/errors';
import type { StoredUser } from '../store/types';
import { uidList } from '../users/storedUser';

/** "A maximum of 25 users can be deactivated in a single request" (CometChat's Reactivate/Deactivate references). */
export const MAX_BULK_UIDS = 25;

/**
 * `DELETE /users {uidsToDeactivate}` and `PUT /users {uidsToActivate}` (REST API key), answered as CometChat's
 * references show: `{ data: { deactivatedUids } }` (https://www.cometchat.com/docs/rest-api/users/deactivate) and
 * `{ data: { nonDeactivatedUids } }` (https://www.cometchat.com/docs/rest-api/users/reactivate) — each the uids now
 * in the asked-for state (already there included); unknown uids are left out.
 */
export function bulkUserRoutes(config: EmulatorConfig): Hono {
  const app = new Hono();

  const bulk = (
    field: 'uidsToDeactivate' | 'uidsToActivate',
    answer: 'deactivatedUids' | 'nonDeactivatedUids',
    what: string,
    change: (user: StoredUser) => StoredUser | undefined,
  ) =>
    app.on(field === 'uidsToDeactivate' ? 'DELETE' : 'PUT', '/users', async (c) => {
      authenticate(c, config, { key: 'fullAccess', what });
      const uids = uidList(bodyObject(await readJsonBody(c.req.raw, config.maxBodyBytes)), field);
      if (uids.length > MAX_BULK_UIDS)
        throw badRequest({ [field]: [`${field} may name at most ${MAX_BULK_UIDS} uids`] });
      config.store.updateUsers(uids, change);
      const deactivated = field === 'uidsToDeactivate';
      const inState = uids.filter((uid) => {
        const user = config.store.getUser(uid);
        return user !== undefined && (user.deactivatedAt !== undefined) === deactivated;
      });
      return c.json({ data: { [answer]: inState } });
    });

  bulk('uidsToDeactivate', 'deactivatedUids', 'Deactivating users', (user) =>
    user.deactivatedAt === undefined ? { ...user, status: 'offline', deactivatedAt: nowSeconds(config) } : undefined,
  );
  bulk('uidsToActivate', 'nonDeactivatedUids', 'Reactivating users', (user) => {
    if (user.deactivatedAt === undefined) return undefined;
    const { deactivatedAt: _, ...active } = user;
    return active;
  });
  return app;
}
