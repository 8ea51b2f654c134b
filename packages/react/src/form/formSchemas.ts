import { createUserSchemas, type UserSchemas } from '@profilekit/core';
import type { UserFormMessages } from '../messages/formMessages';

/**
 * Core's request schemas with your validation messages and your labels: each message receives the
 * field it is about and the label you chose for it.
 *
 * @example
 * ```ts
 * const schemas = createFormSchemas(mergeFormMessages({ labels: { uid: 'User ID' } }));
 * // "User ID may contain only letters, digits, underscore and hyphen …"
 * ```
 */
export function createFormSchemas(messages: UserFormMessages): UserSchemas {
  return createUserSchemas(messages.validation, messages.labels);
}
