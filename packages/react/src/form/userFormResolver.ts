import {
  buildUserPayload,
  type OperationInput,
  type User,
  type UserOperation,
  type UserSchemas,
  validateUserInput,
} from '@profilekit/core';
import type { FieldErrors as FormErrors, Resolver } from 'react-hook-form';
import type { UserFormMessages } from '../messages/formMessages';
import { draftFromValues, isFormField, type UserFormValues } from './formValues';

/** What the resolver needs: the operation, the user as loaded (read at validation time), schemas and messages. */
export interface UserFormResolverOptions {
  operation: UserOperation;
  getLoadedUser: () => Partial<User> | undefined;
  schemas: UserSchemas;
  messages: UserFormMessages;
}

/**
 * A react-hook-form resolver that restates no rule: it builds the request with core's
 * `buildUserPayload` from the user as loaded and the inputs, and validates that request with core's
 * schemas. The submit handler receives the minimal request itself, never the raw inputs.
 *
 * @example
 * ```ts
 * useForm({ resolver: userFormResolver({ operation: 'create', getLoadedUser: () => undefined, schemas, messages }) });
 * ```
 */
export function userFormResolver<Op extends UserOperation>(
  options: UserFormResolverOptions & { operation: Op },
): Resolver<UserFormValues, unknown, OperationInput[Op]> {
  return (values) => {
    const { operation, messages } = options;
    const { draft, metadataError } = draftFromValues(values);
    const payload = buildUserPayload(operation, options.getLoadedUser(), draft);
    const result = validateUserInput(operation, payload, options.schemas);
    const errors: FormErrors<UserFormValues> = {};
    if (metadataError !== undefined) {
      errors.metadata = { type: 'json', message: messages.invalidJson(messages.labels.metadata, metadataError) };
    }
    if (!result.success) {
      for (const [field, fieldMessages] of Object.entries(result.details)) {
        const message = fieldMessages?.[0];
        if (message === undefined) continue;
        if (isFormField(field)) errors[field] ??= { type: 'rule', message };
        else errors.root = { type: 'rule', message } as FormErrors<UserFormValues>['root'];
      }
    }
    if (Object.keys(errors).length > 0) return { values: {}, errors };
    return { values: (result.success ? result.data : payload) as OperationInput[Op], errors: {} };
  };
}
