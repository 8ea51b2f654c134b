import {
  isValidUid,
  normalizeUid,
  type ProfileEvent,
  type User,
  userFields,
  validateUserInput,
} from '@profilekit/core';
import type { Hono } from 'hono';
import { forgetAvailability } from '../availabilityCache';
import { enforceLimit, type HandlerContext, type HandlerEnv, type RouteDeps } from '../context';
import { publishEvents } from '../events/publishEvents';
import { findUser } from '../findUser';
import { invalidInput, ProfileKitHttpError } from '../httpError';
import { asObject, jsonBody } from '../jsonBody';
import { listQueryFromParams } from '../listQuery';
import { requireCaller } from '../requireCaller';

/** The most uids one deactivate or reactivate request may carry. */
export const MAX_BULK_UIDS = 100;

const uidRule = userFields.uid.rule;

/** A uid from the path, checked against the policy table (so `..%2F` never reaches CometChat's URL). */
function pathUid(c: HandlerContext): string {
  const uid = c.req.param('uid') ?? '';
  if (!isValidUid(uid)) {
    throw invalidInput({ uid: [`UID must be 1–${uidRule.maxLength} letters, digits, _ or -`] });
  }
  return normalizeUid(uid);
}

function bulkUids(body: unknown): string[] {
  const uids = asObject(body)?.uids;
  if (!Array.isArray(uids) || uids.length === 0 || uids.length > MAX_BULK_UIDS) {
    throw invalidInput({ uids: [`Send 1–${MAX_BULK_UIDS} uids: { "uids": ["…"] }`] });
  }
  const bad = uids.filter((uid) => !isValidUid(uid));
  if (bad.length > 0) throw invalidInput({ uids: [`Not a valid UID: ${String(bad[0]).slice(0, 100)}`] });
  return [...new Set((uids as string[]).map(normalizeUid))];
}

/** 401 for anonymous callers, 403 for callers without an admin role; the caller goes into the context. */
const requireAdmin = (deps: RouteDeps) =>
  requireCaller(deps, deps.options.adminRoles ?? ['admin'], 'Only admins may manage users.');

const found = (user: User | undefined, uid: string) => {
  if (!user) throw new ProfileKitHttpError(404, 'ERR_UID_NOT_FOUND', `The UID ${uid} does not exist.`);
  return user;
};

/**
 * The admin routes: list, create, read, update (role included), delete, deactivate and reactivate users,
 * for callers with a role in `adminRoles`. Writes are rate-limited per caller and per IP. After CometChat
 * deleted, deactivated or reactivated users, your `onUserDeleted` / `onUserDeactivated` / `onUserReactivated`
 * hook updates your account rows (a failing hook answers 500; CometChat's change stays, so retry the call).
 */
export function userRoutes(app: Hono<HandlerEnv>, deps: RouteDeps) {
  const { rest, verifier } = deps;
  const write = (c: HandlerContext) => enforceLimit(deps, c, 'adminWrite', `caller:${c.get('caller').uid}`);
  const changed = async (uids: readonly string[]) => {
    await verifier.forget(uids);
    for (const uid of uids) await forgetAvailability(deps, uid);
  };
  /** A deactivation names the uids; a reactivation carries each user as CometChat has it again (one read). */
  const eventsOf = async (path: string, uids: string[]): Promise<ProfileEvent[]> => {
    if (path === '/users/deactivate') return uids.map((uid) => ({ type: 'user.deactivated', uid }));
    const page = await rest.listUsers({ uids, limit: uids.length }).catch(() => undefined);
    return (page?.users ?? []).map((user) => ({ type: 'user.reactivated', user }));
  };
  app.use('/users', requireAdmin(deps));
  app.use('/users/*', requireAdmin(deps));

  app.get('/users', async (c) => {
    const page = await rest.listUsers(listQueryFromParams(new URL(c.req.url).searchParams));
    const pagination = {
      total: page.total,
      count: page.users.length,
      per_page: page.perPage,
      current_page: page.page,
      total_pages: page.totalPages,
    };
    return c.json({ data: page.users, meta: { pagination } });
  });

  app.post('/users', async (c) => {
    await write(c);
    const result = validateUserInput('create', await jsonBody(c.req.raw));
    if (!result.success) throw invalidInput(result.details);
    const user = await rest.createUser({ ...result.data, uid: normalizeUid(result.data.uid) });
    await changed([user.uid]);
    await publishEvents(deps, [{ type: 'user.created', user }]);
    return c.json({ data: user });
  });

  const { onUserDeactivated, onUserReactivated, onUserDeleted } = deps.options;
  for (const [path, run, hook] of [
    ['/users/deactivate', (uids: string[]) => rest.deactivateUsers(uids), onUserDeactivated],
    ['/users/reactivate', (uids: string[]) => rest.reactivateUsers(uids), onUserReactivated],
  ] as const) {
    app.post(path, async (c) => {
      await write(c);
      const uids = bulkUids(await jsonBody(c.req.raw));
      await run(uids);
      await changed(uids);
      await publishEvents(deps, await eventsOf(path, uids));
      await hook?.({ uids, caller: c.get('caller'), request: c.req.raw });
      return c.json({ data: { uids } });
    });
  }

  app.get('/users/:uid', async (c) => {
    const uid = pathUid(c);
    return c.json({ data: found(await findUser(rest, uid), uid) });
  });

  app.patch('/users/:uid', async (c) => {
    const uid = pathUid(c);
    await write(c);
    const body = asObject(await jsonBody(c.req.raw));
    if (!body) throw invalidInput({ body: ['Send the changes as a JSON object.'] });
    if ('uid' in body && normalizeUid(String(body.uid)) !== uid) {
      throw invalidInput({ uid: ['The UID identifies the user and never changes.'] });
    }
    const result = validateUserInput('update', { ...body, uid });
    if (!result.success) throw invalidInput(result.details);
    const user = await rest.updateUser(result.data);
    await changed([uid]);
    await publishEvents(deps, [{ type: 'user.updated', user }]);
    return c.json({ data: user });
  });

  app.delete('/users/:uid', async (c) => {
    const uid = pathUid(c);
    await write(c);
    const permanent = c.req.query('permanent') === 'true' || c.req.query('permanent') === '1';
    await rest.deleteUser(uid, { permanent });
    await changed([uid]);
    await publishEvents(deps, [{ type: 'user.deleted', uid }]);
    await onUserDeleted?.({ uid, permanent, caller: c.get('caller'), request: c.req.raw });
    return c.json({ data: { uid, deleted: true, permanent } });
  });
}
