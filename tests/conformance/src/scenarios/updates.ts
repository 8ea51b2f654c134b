import type { CurrentUserChanges, User } from '@profilekit/core';
import { codeOf, isCleared, pick } from '../observe';
import type { Scenario } from '../scenario';
import { everyField, given, loggedIn, otherValues } from './support';

const editable = ['name', 'avatar', 'link', 'metadata', 'statusMessage', 'tags'] as const;
const clearable = ['avatar', 'link', 'metadata'] as const;

/** What is left of the clearable fields: `true` for each one that is gone (or empty). */
const clearedFacts = (user: Partial<User>) =>
  Object.fromEntries(clearable.map((field) => [field, isCleared(user[field])]));
const allCleared = Object.fromEntries(clearable.map((field) => [field, true]));

/** `updateUser` (admin) and `updateCurrentUserDetails` (the logged-in user) through each transport. */
export const updateScenarios: Scenario[] = [
  {
    id: 'admin update: every editable field, role included',
    async run(context) {
      const uid = await given(context, 'upd-every');
      const changes = { ...otherValues, role: context.target.otherRole };
      const updated = await context.client.updateUser({ uid, ...changes }, context.adminKey);
      const stored = await context.admin.getUser(uid);
      const fields = [...editable, 'role'] as const;
      return {
        expected: { updated: changes, stored: changes },
        observed: { updated: pick(updated, [...fields]), stored: pick(stored, [...fields]) },
      };
    },
  },
  {
    id: 'admin update: unset removes avatar, link and metadata',
    async run(context) {
      const uid = await given(context, 'upd-unset', everyField);
      await context.client.updateUser({ uid, unset: [...clearable] }, context.adminKey);
      const stored = await context.admin.getUser(uid);
      return {
        expected: { cleared: allCleared, name: 'Conformance upd-unset' },
        observed: { cleared: clearedFacts(stored), name: stored.name },
      };
    },
  },
  {
    id: 'admin update: statusMessage "" and tags [] empty them',
    async run(context) {
      const uid = await given(context, 'upd-empty', everyField);
      await context.client.updateUser({ uid, statusMessage: '', tags: [] }, context.adminKey);
      const stored = await context.admin.getUser(uid);
      return {
        expected: { statusMessage: true, tags: true },
        observed: { statusMessage: isCleared(stored.statusMessage), tags: (stored.tags ?? []).length === 0 },
      };
    },
  },
  {
    id: 'admin update: the uid in any case finds the user',
    async run(context) {
      const uid = await given(context, 'upd-case');
      const updated = await context.client.updateUser({ uid: uid.toUpperCase(), name: 'Found' }, context.adminKey);
      return { expected: { uid, name: 'Found' }, observed: { uid: updated.uid, name: updated.name } };
    },
  },
  {
    id: 'logged-in update: every field a user may change',
    async run(context) {
      await loggedIn(context, 'me-every');
      const updated = await context.client.updateCurrentUserDetails(otherValues);
      const stored = await context.admin.getUser(updated.uid);
      return {
        expected: { updated: otherValues, stored: otherValues },
        observed: { updated: pick(updated, [...editable]), stored: pick(stored, [...editable]) },
      };
    },
  },
  {
    id: 'logged-in update: clearing avatar, link and metadata removes them',
    async run(context) {
      const uid = await loggedIn(context, 'me-clear', everyField);
      const updated = await context.client.updateCurrentUserDetails({ unset: [...clearable] });
      const stored = await context.admin.getUser(uid);
      return {
        expected: { answer: allCleared, stored: allCleared },
        observed: { answer: clearedFacts(updated), stored: clearedFacts(stored) },
      };
    },
  },
  {
    id: 'logged-in update: a role change has no effect',
    async run(context) {
      const uid = await loggedIn(context, 'me-role');
      const changes = { statusMessage: 'Promote me', role: context.target.otherRole } as CurrentUserChanges;
      const call = await codeOf(context.client.updateCurrentUserDetails(changes));
      const stored = await context.admin.getUser(uid);
      return {
        expected: { call: 'ok', role: 'default', statusMessage: 'Promote me' },
        observed: { call, role: stored.role ?? null, statusMessage: stored.statusMessage ?? null },
      };
    },
  },
];
