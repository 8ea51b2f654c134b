import { Hono } from 'hono';
import { authenticate } from '../auth/authenticate';
import { type EmulatorConfig, nowSeconds } from '../config';
import { bodyObject, readJsonBody } from '../http/body';
import type { StoredUser } from '../store/types';
import { uidList } from '../users/storedUser';

/** `DELETE /users {uidsToDeactivate}` and `PUT /users {uidsToActivate}` (REST API key). */
export function bulkUserRoutes(config: EmulatorConfig): Hono {
  const app = new Hono();

  const bulk = (field: string, what: string, change: (user: StoredUser) => StoredUser | undefined) =>
    app.on(field === 'uidsToDeactivate' ? 'DELETE' : 'PUT', '/users', async (c) => {
      authenticate(c, config, { key: 'fullAccess', what });
      const uids = uidList(bodyObject(await readJsonBody(c.req.raw, config.maxBodyBytes)), field);
      const changed = new Set(config.store.updateUsers(uids, change).map((user) => user.uid));
      const results = Object.fromEntries(uids.map((uid) => [uid, { success: changed.has(uid) }]));
      return c.json({ data: { success: true, message: `${what}: ${changed.size} of ${uids.length}.`, results } });
    });

  bulk('uidsToDeactivate', 'Deactivating users', (user) =>
    user.deactivatedAt === undefined ? { ...user, status: 'offline', deactivatedAt: nowSeconds(config) } : undefined,
  );
  bulk('uidsToActivate', 'Reactivating users', (user) => {
    if (user.deactivatedAt === undefined) return undefined;
    const { deactivatedAt: _, ...active } = user;
    return active;
  });
  return app;
}
