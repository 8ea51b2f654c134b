import type { OperationInput, UserOperation } from '@profilekit/core';

/**
 * What a form does — one of core's operations: `create` a user, `update` any user (admin), or
 * `updateCurrent` (the logged-in user's own profile).
 */
export type UserFormMode = UserOperation;

/** The request a form of mode `M` submits: `CreateUserInput`, `UpdateUserInput` or `CurrentUserChanges`. */
export type UserFormPayload<M extends UserFormMode> = OperationInput[M];
