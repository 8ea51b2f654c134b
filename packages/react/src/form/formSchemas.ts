import {
  createUserSchemas,
  type UserSchemas,
  userFieldNames,
  userFields,
  type ValidationMessages,
} from '@profilekit/core';
import type { UserFormMessages } from '../messages/formMessages';

/**
 * Core's request schemas with your validation messages and your labels: core passes its own
 * label (from the policy table) to each message, and this swaps in the label you chose.
 *
 * @example
 * ```ts
 * const schemas = createFormSchemas(mergeFormMessages({ labels: { uid: 'User ID' } }));
 * // "User ID may contain only letters, digits, underscore and hyphen …"
 * ```
 */
export function createFormSchemas(messages: UserFormMessages): UserSchemas {
  const relabel = (value: unknown) => {
    const field = userFieldNames.find((name) => userFields[name].label === value);
    return field ? messages.labels[field] : value;
  };
  const relabelled: Record<string, unknown> = {};
  for (const [key, message] of Object.entries(messages.validation)) {
    relabelled[key] = (first: unknown, ...rest: unknown[]) =>
      (message as (...args: unknown[]) => string)(relabel(first), ...rest);
  }
  return createUserSchemas(relabelled as unknown as ValidationMessages);
}
