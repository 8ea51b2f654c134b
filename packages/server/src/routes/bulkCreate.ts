import { isProfileKitError, normalizeUid, validateUserInput } from '@profilekit/core';
import type { BulkCreateOutcome, BulkCreateResult } from '@profilekit/core/backend';
import { MAX_BULK_CREATE } from '@profilekit/core/backend';
import type { Hono } from 'hono';
import { enforceLimit, type HandlerEnv, type RouteDeps } from '../http/context';
import { errorAnswer } from '../http/errorResponse';
import { invalidInput } from '../http/httpError';
import { asObject, jsonBody } from '../http/jsonBody';

/** Users of one batch created at once against CometChat: fast enough for 10,000 rows, gentle on its limits. */
const CONCURRENT_CREATES = 4;

function batchOf(body: unknown): unknown[] {
  const users = asObject(body)?.users;
  if (!Array.isArray(users) || users.length === 0 || users.length > MAX_BULK_CREATE) {
    throw invalidInput({ users: [`Send 1–${MAX_BULK_CREATE} users: { "users": [{ "uid": "…", "name": "…" }] }`] });
  }
  return users;
}

const uidOf = (row: unknown) => {
  const uid = asObject(row)?.uid;
  return typeof uid === 'string' ? uid.slice(0, 100) : '';
};

/**
 * `POST /users/bulk` (admins): creates up to {@link MAX_BULK_CREATE} users and answers one outcome per user,
 * in the order sent. Each row is validated with the policy table's `create` rules; a uid that is taken
 * (deactivated users count) or repeated within the batch is `exists`, so an import retried after a lost
 * answer creates nothing twice. One request counts once against the caller's `bulkCreate` limit.
 */
export function bulkCreateRoute(app: Hono<HandlerEnv>, deps: RouteDeps, changed: (uids: string[]) => Promise<void>) {
  app.post('/users/bulk', async (c) => {
    await enforceLimit(deps, c, 'bulkCreate', `caller:${c.get('caller').uid}`);
    const rows = batchOf(await jsonBody(c.req.raw));
    const results: BulkCreateOutcome[] = new Array(rows.length);
    const queue: { index: number; input: Parameters<typeof deps.rest.createUser>[0] }[] = [];
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      const checked = validateUserInput('create', row);
      if (!checked.success) {
        results[index] = { index, uid: uidOf(row), status: 'invalid', details: checked.details };
        return;
      }
      const uid = normalizeUid(checked.data.uid);
      if (seen.has(uid)) results[index] = { index, uid, status: 'exists' };
      else queue.push({ index, input: { ...checked.data, uid } });
      seen.add(uid);
    });
    let next = 0;
    const worker = async () => {
      for (let job = queue[next++]; job; job = queue[next++]) {
        const { index, input } = job;
        try {
          await deps.rest.createUser(input);
          results[index] = { index, uid: input.uid, status: 'created' };
        } catch (error) {
          if (isProfileKitError(error) && error.code === 'ERR_UID_ALREADY_EXISTS') {
            results[index] = { index, uid: input.uid, status: 'exists' };
          } else if (
            isProfileKitError(error) &&
            (error.code === 'ERR_BAD_REQUEST' || error.code === 'ERR_ROLE_NOT_FOUND') &&
            error.status === 400
          ) {
            // A rule only CometChat knows, e.g. whether the role exists in this app.
            results[index] = { index, uid: input.uid, status: 'invalid', details: error.details };
          } else {
            const { code, message } = errorAnswer(error).body.error;
            results[index] = { index, uid: input.uid, status: 'failed', code, message };
          }
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_CREATES, queue.length) }, worker));
    const created = results.filter((result) => result.status === 'created').map((result) => result.uid);
    if (created.length > 0) await changed(created);
    const count = (status: BulkCreateOutcome['status']) => results.filter((result) => result.status === status).length;
    const data: BulkCreateResult = {
      results,
      created: created.length,
      exists: count('exists'),
      invalid: count('invalid'),
      failed: count('failed'),
    };
    return c.json({ data });
  });
}
