import { type CreateUserInput, normalizeUid } from '@profilekit/core';
import { applyUserPayload, serverDefaults } from '@profilekit/core/internal';
import type { EmulatorConfig } from '../config';
import { stringList } from '../http/body';
import { badRequest, uidNotFound } from '../http/errors';
import type { StoredUser } from '../store/types';

/**
 * The user a validated create request makes, as CometChat stores it: the table's `serverDefault`s
 * (`role: 'default'`, `status: 'offline'`) under the request, the uid lowercased, `createdAt` and `updatedAt` now.
 */
export function newStoredUser(data: CreateUserInput, now: number): StoredUser {
  // `updatedAt` on every user, set at creation: the User object of CometChat's REST reference always carries it
  // (https://www.cometchat.com/docs/rest-api/users/create, response sample).
  const user = applyUserPayload('create', { ...serverDefaults(), createdAt: now, updatedAt: now } as StoredUser, data);
  return { ...user, uid: normalizeUid(data.uid) };
}

/** A user that exists and is not deactivated. */
export function findActiveUser(config: EmulatorConfig, uid: string): StoredUser | undefined {
  const user = config.store.getUser(normalizeUid(uid));
  return user && user.deactivatedAt === undefined ? user : undefined;
}

/** A user that exists and is not deactivated, or 404 `ERR_UID_NOT_FOUND`. */
export function requireActiveUser(config: EmulatorConfig, uid: string): StoredUser {
  const user = findActiveUser(config, uid);
  if (!user) throw uidNotFound(uid);
  return user;
}

/** Reads a non-empty uid list from a body field, or 400 naming the field. */
export function uidList(body: Record<string, unknown>, field: string): string[] {
  const uids = stringList(body[field]);
  if (!uids || uids.length === 0) throw badRequest({ [field]: [`${field} must be a non-empty list of uids`] });
  return [...new Set(uids.map(normalizeUid))];
}
