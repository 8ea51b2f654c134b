import type { ClearableField, CurrentUserChanges } from '../types';

/** How the official SDK's `updateCurrentUserDetails` empties each clearable field: the setter's empty value. */
const emptiedAsTheSdkDoes = { avatar: '', link: '', metadata: {} } satisfies Record<ClearableField, unknown>;

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
  const emptied = Object.fromEntries(unset.map((field) => [field, emptiedAsTheSdkDoes[field]]));
  return { ...body, ...emptied };
}
