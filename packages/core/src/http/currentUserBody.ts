import { unsettableFields, userFields } from '../policy';
import type { ClearableField, CurrentUserChanges } from '../types';

/**
 * How the official SDK's `updateCurrentUserDetails` empties a clearable field: the setter's empty value,
 * `{}` for a JSON field (`setMetadata({})`), `""` for the others (`setAvatar('')`, `setLink('')`).
 */
const emptiedAsTheSdkDoes = (field: ClearableField) => (userFields[field].rule.kind === 'json' ? {} : '');

/**
 * The `PUT /me` body for a logged-in user's changes, as the official SDK would send it. CometChat
 * documents `unset` only for the admin update and the SDK never sends it; a user clears their avatar
 * or link with an empty string (`user.setAvatar('')`) and their metadata with `{}`. So each field in
 * `unset` is sent emptied that way, and `unset` itself is not sent.
 *
 * @example
 * ```ts
 * currentUserBody({ name: 'Kev', unset: ['avatar', 'metadata'] }); // { name: 'Kev', avatar: '', metadata: {} }
 * ```
 */
export function currentUserBody(changes: CurrentUserChanges): Record<string, unknown> {
  const { unset = [], ...body } = changes;
  const emptied = Object.fromEntries(unset.map((field) => [field, emptiedAsTheSdkDoes(field)]));
  return { ...body, ...emptied };
}

const isEmptied = (value: unknown) =>
  value === '' ||
  (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0);

/**
 * The reverse of {@link currentUserBody}, for a server receiving `PUT /me`: each clearable field sent
 * emptied as the SDK empties it (`avatar: ""`, `link: ""`, `metadata: {}`) becomes an entry of `unset`.
 * Anything else passes unchanged (to be validated as `updateCurrent`).
 *
 * @example
 * ```ts
 * currentUserChanges({ name: 'Kev', avatar: '', metadata: {} }); // { name: 'Kev', unset: ['avatar', 'metadata'] }
 * ```
 */
export function currentUserChanges(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const record = { ...(body as Record<string, unknown>) };
  const emptied = unsettableFields.filter((field) => isEmptied(record[field]));
  if (emptied.length === 0) return body;
  for (const field of emptied) delete record[field];
  return { ...record, unset: [...(Array.isArray(record.unset) ? record.unset : []), ...emptied] };
}
