import { type FieldState, userFields } from '@profilekit/core';
import { type ControllerRenderProps, useController } from 'react-hook-form';
import type { FormField, UserFormValues } from '../form/formValues';
import { useUserFormContext } from '../form/UserFormContext';
import type { FormMessages } from '../messages/formMessages';

/** One field of the enclosing user form, bound to react-hook-form; subscribes to this field only. */
export interface UserFormFieldBinding<F extends FormField> {
  field: ControllerRenderProps<UserFormValues, F>;
  error: string | undefined;
  state: FieldState;
  label: string;
  /** Given on this mode's request (from the table's `required`). */
  required: boolean;
  messages: FormMessages;
}

/**
 * Binds a field part to the enclosing form: its value, its error, its state and label from the policy table.
 *
 * @example
 * ```tsx
 * const { field, error, label } = useUserFormField('name');
 * ```
 */
export function useUserFormField<F extends FormField>(name: F): UserFormFieldBinding<F> {
  const { form, stateOf, messages, operation } = useUserFormContext();
  const { field, fieldState } = useController({ control: form.control, name });
  return {
    field,
    error: fieldState.error?.message,
    state: stateOf(name),
    label: messages.labels[name],
    required: userFields[name][operation] === 'required',
    messages,
  };
}
