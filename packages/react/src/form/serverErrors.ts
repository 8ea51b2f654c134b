import { isNetworkError, isProfileKitError, isRateLimitError } from '@profilekit/core';
import type { UseFormSetError } from 'react-hook-form';
import type { UserFormMessages } from '../messages/formMessages';
import { isFormField, type UserFormValues } from './formValues';

/**
 * Puts an error thrown by a submit where the person will see it: each of a `ValidationError`'s
 * `details` on its field (`ERR_UID_ALREADY_EXISTS` on the uid), focus on the first of them, and
 * anything else as a form-level message (`root.server`). Typed values are never touched.
 *
 * @returns the form-level message, if any
 * @example
 * ```ts
 * try { await onSubmit(payload); } catch (error) { applyServerError(error, form.setError, messages, values.uid); }
 * ```
 */
export function applyServerError(
  error: unknown,
  setError: UseFormSetError<UserFormValues>,
  messages: UserFormMessages,
  uid: string,
): string {
  let fieldCount = 0;
  let other: string | undefined;
  if (isProfileKitError(error)) {
    const details = { ...error.details };
    if (error.code === 'ERR_UID_ALREADY_EXISTS') details.uid = [messages.uidTaken(uid)];
    for (const [field, fieldMessages] of Object.entries(details)) {
      const message = fieldMessages?.[0];
      if (message === undefined) continue;
      if (isFormField(field)) {
        setError(field, { type: 'server', message }, { shouldFocus: fieldCount === 0 });
        fieldCount += 1;
      } else other ??= message;
    }
  }
  const message =
    fieldCount > 0
      ? (other ?? messages.fixFields(fieldCount))
      : isRateLimitError(error)
        ? messages.rateLimited(Math.max(1, Math.ceil(error.retryAfterMs / 1000)))
        : isNetworkError(error)
          ? messages.networkError
          : error instanceof Error
            ? error.message
            : String(error);
  setError('root.server', { type: 'server', message });
  return message;
}
