import { Hono } from 'hono';
import { authenticate } from '../auth';
import { bodyObject, readJsonBody, stringList } from '../body';
import { type EmulatorConfig, nowSeconds } from '../config';
import { badRequest } from '../errors';
import type { StoredUser } from '../store/types';
import { normalizeUid } from '../users';

/** Reads a non-empty uid list from a body field, or 400 naming the field. */
export function uidList(body: Record<string, unknown>, field: string): string[] {
  const uids = stringList(body[field]);
  if (!uids || uids.length === 0) throw badRequest({ [field]: [`${field} must be a non-empty list of uids`] });
  return [...new Set(uids.map(normalizeUid))];
}

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
