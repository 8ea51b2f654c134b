import { userFields } from '@profilekit/core';
import { type FormField, valueFromUser } from '../form/formValues';
import { useUserFormContext } from '../form/UserFormContext';
import { Field, FieldDescription, FieldInput, FieldLabel } from './Field';

/**
 * A field this mode may not change (the UID on an update, a logged-in user's Role), shown as a
 * read-only input with the reason. Its value comes from the loaded user, never from the form
 * values, so it can never reach a request.
 *
 * @example
 * ```tsx
 * <ReadOnlyField name="uid" />
 * ```
 */
export function ReadOnlyField({ name, className }: { name: FormField; className?: string }) {
  const { user, messages, mode } = useUserFormContext();
  const label = messages.labels[name];
  const raw = valueFromUser(user, name);
  const value = Array.isArray(raw) ? raw.join(', ') : raw;
  const hint = userFields[name][mode] === 'locked' ? messages.lockedHint(label) : messages.readOnlyHint(label);
  return (
    <Field readOnly className={className} data-field={name}>
      <FieldLabel>{label}</FieldLabel>
      <FieldInput type="text" value={value} readOnly />
      <FieldDescription>{hint}</FieldDescription>
    </Field>
  );
}
