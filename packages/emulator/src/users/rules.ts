import { type OperationInput, type UserOperation, userFields, validateUserInput } from '@profilekit/core';
import type { EmulatorConfig } from '../config';
import { ApiError, badRequest } from '../http/errors';

/**
 * Validates a request body for an operation with `@profilekit/core`'s schemas (the policy table), then checks
 * what only the server knows: that a given role exists. Unknown fields are dropped; problems answer
 * 400 `ERR_BAD_REQUEST` with `details` (an unknown role: 400 `ERR_ROLE_NOT_FOUND`, `details.role`).
 */
export function validUserBody<Op extends UserOperation>(
  config: Pick<EmulatorConfig, 'roles'>,
  operation: Op,
  body: unknown,
): OperationInput[Op] {
  const result = validateUserInput(operation, body);
  if (!result.success) throw badRequest(result.details);
  const role = (result.data as { role?: string }).role;
  if (role !== undefined && !config.roles.includes(role)) {
    const { label } = userFields.role;
    const message = `${label} "${role}" does not exist; this app's roles are ${config.roles.join(', ')}`;
    // CometChat's error guide names this case ERR_ROLE_NOT_FOUND ("the role does not exist"):
    // https://www.cometchat.com/docs/articles/error-guide. 400 with `details`, so forms put it on the role field.
    throw new ApiError(400, 'ERR_ROLE_NOT_FOUND', message, { role: [message] });
  }
  return result.data;
}
