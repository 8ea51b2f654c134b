import { isProfileKitError } from '@profilekit/core';
import type { UseFormSetError } from 'react-hook-form';
import { type DescribedError, describeError } from '../messages/describeError';
import type { UserFormMessages } from '../messages/formMessages';
import { isFormField, type UserFormValues } from './formValues';

/**
 * Puts an error thrown by a submit where the person will see it, in the messages' language: each of a
 * `ValidationError`'s `details` on its field (`ERR_UID_ALREADY_EXISTS` on the uid), focus on the first of
 * them, and anything else as a form-level message (`root.server`) chosen by the error's code. Typed values
 * are never touched; the server's own text stays available as `detail`.
 *
 * @returns the form-level message and the server's text
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
): DescribedError {
  let fieldCount = 0;
  let other: string | undefined;
  if (isProfileKitError(error)) {
    const details = { ...error.details };
    if (error.code === 'ERR_UID_ALREADY_EXISTS') details.uid = [messages.uidTaken(uid)];
    for (const [field, fieldMessages] of Object.entries(details)) {
      const message = fieldMessages?.[0];
      if (message === undefined) continue;
      if (isFormField(field)) {
        const shown =
          error.code === 'ERR_UID_ALREADY_EXISTS'
            ? message
            : messages.serverFieldError(messages.labels[field], message);
        setError(field, { type: 'server', message: shown }, { shouldFocus: fieldCount === 0 });
        fieldCount += 1;
      } else other ??= message;
    }
  }
  const described: DescribedError =
    fieldCount > 0
      ? other !== undefined
        ? { message: messages.requestRejected, detail: other }
        : { message: messages.fixFields(fieldCount) }
      : describeError(error, messages, uid);
  setError('root.server', { type: 'server', message: described.message });
  return described;
}
