import type { OperationInput } from '@profilekit/core';

/** What a form does: create a user (Auth Key), update any user (admin), or update the logged-in user. */
export type UserFormMode = 'create' | 'update' | 'current';

/** The core operation behind each form mode. */
export const operationOfMode = {
  create: 'create',
  update: 'update',
  current: 'updateCurrent',
} as const satisfies Record<UserFormMode, string>;

/** The core operation of a form mode: `current` ↔ `updateCurrent`. */
export type OperationOfMode<M extends UserFormMode> = (typeof operationOfMode)[M];

/** The request a form of mode `M` submits: `CreateUserInput`, `UpdateUserInput` or `CurrentUserChanges`. */
export type UserFormPayload<M extends UserFormMode> = OperationInput[OperationOfMode<M>];

/** `true` when an update request changes nothing (only the uid that identifies the user). */
export function isEmptyChange(mode: UserFormMode, payload: object): boolean {
  return mode !== 'create' && Object.keys(payload).every((key) => key === 'uid');
}
