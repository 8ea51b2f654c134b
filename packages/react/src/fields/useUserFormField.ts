import { type FieldState, userFields } from '@profilekit/core';
import { type ChangeEvent, useMemo, useSyncExternalStore } from 'react';
import type { ControllerRenderProps, FieldPathValue } from 'react-hook-form';
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
 * Re-renders when this field's value or error changes, never for another field's.
 *
 * @example
 * ```tsx
 * const { field, error, label } = useUserFormField('name');
 * ```
 */
export function useUserFormField<F extends FormField>(name: F): UserFormFieldBinding<F> {
  const { form, stateOf, messages, operation } = useUserFormContext();
  // react-hook-form's own per-field subscription and registration: what `useController` builds on, without
  // its field-array, unregister and disabled machinery, which these fields never use (~1 kB gz per page).
  const { subscribe, props } = useMemo(() => {
    let element: HTMLElement | null = null;
    // What react-hook-form focuses for this field (the first invalid one on submit).
    const focusable = { focus: () => element?.focus() };
    // Registers the field (again after a reset, which forgets every field) with its control as focus target.
    const bind = () => {
      const registered = form.register(name);
      const entry = (form.control._fields as Record<string, { _f: { ref: unknown } } | undefined>)[name];
      if (entry) entry._f.ref = focusable;
      return registered;
    };
    let registered = bind();
    // Registering again on each keystroke would rebuild the field's entry: only a reset makes it necessary.
    const handlers = () => {
      if (!form.control._fields[name]) registered = bind();
      return registered;
    };
    const send = (type: 'change' | 'blur', value: unknown) =>
      (type === 'change' ? handlers().onChange : handlers().onBlur)({ target: { name, value }, type });
    const subscribe = (onChange: () => void) =>
      form.subscribe({
        name,
        exact: true,
        formState: { values: true, errors: true },
        callback: () => {
          handlers();
          onChange();
        },
      });
    const props = {
      name,
      onChange: (event: unknown) => {
        const target = (event as Partial<ChangeEvent<HTMLInputElement>> | undefined)?.target;
        return send('change', target && 'value' in target ? target.value : event);
      },
      onBlur: () => send('blur', form.control._formValues[name]),
      ref: (control: HTMLElement | null) => {
        element = control;
      },
    };
    return { subscribe, props };
  }, [form, name]);
  // The form's live values (not `getValues`, which reads the defaults, other arrays, until the form mounts).
  const readValue = () => form.control._formValues[name] as FieldPathValue<UserFormValues, F>;
  const readError = () => form.getFieldState(name).error?.message;
  const value = useSyncExternalStore(subscribe, readValue, readValue);
  const error = useSyncExternalStore(subscribe, readError, readError);
  return {
    field: useMemo(() => ({ ...props, value }), [props, value]),
    error,
    state: stateOf(name),
    label: messages.labels[name],
    required: userFields[name][operation] === 'required',
    messages,
  };
}
