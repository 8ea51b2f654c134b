import { createsUser, fieldsChangeableBy, type UserField, type UserOperation, userFields } from './policy';
import type { ClearableField, OperationInput, User, UserDraft } from './types';

/**
 * `true` when a drafted value means "no value": `null`, `undefined` or `""`.
 *
 * @example
 * ```ts
 * isClearedValue(''); // true: an emptied input clears the field
 * isClearedValue([]); // false: an empty tag list is a value
 * ```
 */
export function isClearedValue(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Deep equality of JSON-like values; object key order does not matter.
 *
 * @example
 * ```ts
 * sameValue({ a: 1, b: [2] }, { b: [2], a: 1 }); // true
 * ```
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  }
  const aKeys = Object.keys(a);
  const bRecord = b as Record<string, unknown>;
  return (
    aKeys.length === Object.keys(b).length &&
    aKeys.every((key) => Object.hasOwn(bRecord, key) && sameValue((a as Record<string, unknown>)[key], bRecord[key]))
  );
}

function emptyValueOf(field: UserField): '' | [] | undefined {
  const { rule } = userFields[field];
  if (rule.kind === 'tags') return [];
  if (rule.kind === 'text') return '';
  return undefined;
}

/**
 * The minimal request for an operation, from the user as loaded and the values as edited:
 * only fields the operation may change that really changed; a cleared `avatar`, `link` or
 * `metadata` becomes `unset`; a cleared `statusMessage` or `tags` is sent empty. For `create`,
 * every non-empty value is sent. Nothing the operation may not change ever appears.
 *
 * The payload is not validated here: pass it to `validateUserInput` (the clients do).
 *
 * @example
 * ```ts
 * const loaded = { uid: 'usr1', name: 'Kevin', avatar: 'https://a.example/k.png', role: 'admin' };
 * buildUserPayload('updateCurrent', loaded, { name: 'Kev', avatar: '', role: 'default' });
 * // → { name: 'Kev', unset: ['avatar'] }   (role is not the logged-in user's to change)
 * ```
 */
export function buildUserPayload<Op extends UserOperation>(
  operation: Op,
  loaded: Partial<User> | undefined,
  edited: UserDraft,
): OperationInput[Op] {
  const payload: Record<string, unknown> = {};
  const unset: ClearableField[] = [];
  const draft = edited as Record<string, unknown>;
  if (operation === 'update') payload.uid = loaded?.uid ?? draft.uid;
  for (const field of fieldsChangeableBy(operation)) {
    if (!Object.hasOwn(draft, field)) continue;
    const value = draft[field];
    const before = loaded?.[field as keyof User];
    if (createsUser(operation)) {
      if (!isClearedValue(value)) payload[field] = value;
      continue;
    }
    if (isClearedValue(value)) {
      const clear = userFields[field].clear;
      if (clear === 'unset' && !isClearedValue(before)) unset.push(field as ClearableField);
      else if (clear === 'empty' && !sameValue(before ?? emptyValueOf(field), emptyValueOf(field))) {
        payload[field] = emptyValueOf(field);
      } else if (clear === 'never' && !isClearedValue(before)) payload[field] = value ?? '';
      continue;
    }
    if (!sameValue(before, value)) payload[field] = value;
  }
  if (unset.length > 0) payload.unset = unset;
  return payload as OperationInput[Op];
}

/**
 * `true` when a request built by `buildUserPayload` changes nothing: an update that carries only the
 * `uid` naming the user (or nothing at all). A create or sign-up is never empty: it makes a user.
 *
 * @example
 * ```ts
 * isEmptyChange('update', { uid: 'usr1' }); // true: send nothing
 * isEmptyChange('updateCurrent', { unset: ['avatar'] }); // false
 * ```
 */
export function isEmptyChange(operation: UserOperation, payload: object): boolean {
  return !createsUser(operation) && Object.keys(payload).every((key) => key === 'uid');
}

/**
 * Applies an operation's request to a user, as CometChat does: sets what the operation may change,
 * removes what it unsets, ignores everything else (`uid`, a logged-in user's `role`, read-only fields).
 * Used by the emulator to store updates and by the React hooks for optimistic updates.
 *
 * @example
 * ```ts
 * applyUserPayload('updateCurrent', user, { name: 'Kev', role: 'admin', unset: ['avatar'] } as never);
 * // → user with the new name, no avatar, and the same role
 * ```
 */
export function applyUserPayload<U extends Partial<User>>(
  operation: UserOperation,
  user: U,
  payload: Partial<OperationInput[UserOperation]>,
): U {
  const next: Record<string, unknown> = { ...user };
  const body = payload as Record<string, unknown> & { unset?: unknown };
  const changeable = fieldsChangeableBy(operation);
  for (const field of changeable) {
    if (body[field] !== undefined) next[field] = structuredCloneJson(body[field]);
  }
  if (Array.isArray(body.unset)) {
    for (const field of body.unset) {
      if (changeable.includes(field) && userFields[field as UserField].clear === 'unset') delete next[field];
    }
  }
  return next as U;
}

function structuredCloneJson<T>(value: T): T {
  return typeof value === 'object' && value !== null ? (JSON.parse(JSON.stringify(value)) as T) : value;
}
