import {
  createUserSchemas,
  type OperationInput,
  type UserOperation,
  type UserSchemas,
  userFields,
  userSchemas,
  validateUserInput,
} from '@profilekit/core';
import type { EmulatorConfig } from '../config';
import { ApiError, badRequest } from '../http/errors';

/** CometChat's own rules (each table row's `cometchat` rule where profilekit's is stricter). */
const cometChatSchemas = createUserSchemas({}, {}, 'cometchat');

/**
 * The schemas the emulator validates with: CometChat's documented rules (a valid URL of any scheme, a status message
 * of any length), or with `strict` profilekit's own stricter ones (http(s) only, at most 1000 characters).
 */
export function emulatorSchemas(strict = false): UserSchemas {
  return strict ? userSchemas : cometChatSchemas;
}

/**
 * Validates a request body for an operation with `@profilekit/core`'s schemas (the policy table), then checks
 * what only the server knows: that a given role exists. Unknown fields are dropped; problems answer
 * 400 `ERR_BAD_REQUEST` with `details` (an unknown role: 400 `ERR_ROLE_NOT_FOUND`, `details.role`).
 */
export function validUserBody<Op extends UserOperation>(
  config: Pick<EmulatorConfig, 'roles' | 'strict'>,
  operation: Op,
  body: unknown,
): OperationInput[Op] {
  const result = validateUserInput(operation, body, emulatorSchemas(config.strict));
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
