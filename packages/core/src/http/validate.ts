import { ValidationError } from '../errors';
import type { UserOperation } from '../policy';
import { validateUserInput } from '../schemas';
import type { OperationInput } from '../types';

/**
 * The request of an operation as the policy table allows it, or a `ValidationError` naming each
 * bad field — thrown before anything is sent.
 *
 * @example
 * ```ts
 * validated('create', { uid: 'usr 1', name: 'Kevin' }); // throws: details.uid names the rule
 * ```
 */
export function validated<Op extends UserOperation>(operation: Op, input: unknown): OperationInput[Op] {
  const result = validateUserInput(operation, input);
  if (!result.success) throw new ValidationError(result.details);
  return result.data;
}
