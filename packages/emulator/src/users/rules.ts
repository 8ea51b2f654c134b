import { type OperationInput, type UserOperation, userFields, validateUserInput } from '@profilekit/core';
import { cometChatRules, fieldsChangeableBy, isJsonObject, isValidUrl } from '@profilekit/core/internal';
import type { EmulatorConfig } from '../config';
import { ApiError, badRequest } from '../http/errors';

type LooseField = keyof typeof cometChatRules;

/** `true` when CometChat's own documented rule for the field accepts the value. */
function cometChatAccepts(field: LooseField, value: unknown): boolean {
  const rule = cometChatRules[field];
  if (typeof value !== 'string' || value.length > rule.maxLength) return false;
  return rule.kind === 'url' ? isValidUrl(value) : true;
}

/**
 * The values of a body that CometChat's docs accept where profilekit's own rules are stricter (the policy table's
 * choices: avatar and link of any URL scheme, a status message over 1000 characters), taken out to be kept as sent,
 * and the body without them for the table's schema. A field also listed in `unset` stays, so that conflict is named.
 */
function setAsideCometChatValues(operation: UserOperation, body: unknown) {
  const kept: Record<string, unknown> = {};
  if (!isJsonObject(body)) return { kept, rest: body };
  const rest: Record<string, unknown> = { ...body };
  const unset = Array.isArray(body.unset) ? body.unset : [];
  const changeable = fieldsChangeableBy(operation);
  for (const field of Object.keys(cometChatRules) as LooseField[]) {
    if (!changeable.includes(field) || unset.includes(field) || !cometChatAccepts(field, body[field])) continue;
    kept[field] = body[field];
    delete rest[field];
  }
  return { kept, rest };
}

/**
 * Validates a request body for an operation with `@profilekit/core`'s schemas (the policy table), then checks
 * what only the server knows: that a given role exists. Unknown fields are dropped; problems answer
 * 400 `ERR_BAD_REQUEST` with `details` (an unknown role: 400 `ERR_ROLE_NOT_FOUND`, `details.role`). Without
 * `strict`, what CometChat documents as acceptable where the table is stricter is accepted as sent (`cometChatRules`).
 */
export function validUserBody<Op extends UserOperation>(
  config: Pick<EmulatorConfig, 'roles' | 'strict'>,
  operation: Op,
  body: unknown,
): OperationInput[Op] {
  const { kept, rest } = config.strict ? { kept: {}, rest: body } : setAsideCometChatValues(operation, body);
  const result = validateUserInput(operation, rest);
  if (!result.success) throw badRequest(result.details);
  const role = (result.data as { role?: string }).role;
  if (role !== undefined && !config.roles.includes(role)) {
    const { label } = userFields.role;
    const message = `${label} "${role}" does not exist; this app's roles are ${config.roles.join(', ')}`;
    // CometChat's error guide names this case ERR_ROLE_NOT_FOUND ("the role does not exist"):
    // https://www.cometchat.com/docs/articles/error-guide. 400 with `details`, so forms put it on the role field.
    throw new ApiError(400, 'ERR_ROLE_NOT_FOUND', message, { role: [message] });
  }
  return { ...result.data, ...kept };
}
