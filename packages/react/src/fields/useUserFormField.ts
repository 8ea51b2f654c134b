import { type FieldState, userFields } from '@profilekit/core';
import { type ChangeEvent, useMemo, useSyncExternalStore } from 'react';
import type { ControllerRenderProps, FieldPathValue } from 'react-hook-form';
import type { FormField, UserFormValues } from '../form/formValues';
import { isRegistered, setFocusTarget } from '../form/reactHookFormInternals';
import { useUserFormContext } from '../form/UserFormContext';
import type { UserFormMessages } from '../messages/formMessages';

/** One field of the enclosing user form, bound to react-hook-form; subscribes to this field only. */
export interface UserFormFieldBinding<F extends FormField> {
  field: ControllerRenderProps<UserFormValues, F>;
  error: string | undefined;
  state: FieldState;
  label: string;
  /** Given on this mode's request (from the table's `required`). */
  required: boolean;
  messages: UserFormMessages;
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
  const { form, stateOf, messages, mode } = useUserFormContext();
  // react-hook-form's own per-field subscription and registration: what `useController` builds on, without
  // its field-array, unregister and disabled machinery, which these fields never use (~1 kB gz per page).
  const { subscribe, props, readValue } = useMemo(() => {
    let element: HTMLElement | null = null;
    // What react-hook-form focuses for this field (the first invalid one on submit).
    const focusable = { focus: () => element?.focus() };
    // Registers the field (again after a reset, which forgets every field) with its control as focus target.
    const bind = () => {
      const registered = form.register(name);
      setFocusTarget(form.control, name, focusable);
      return registered;
    };
    let registered = bind();
    // Registering again on each keystroke would rebuild the field's entry: only a reset makes it necessary.
    const handlers = () => {
      if (!isRegistered(form.control, name)) registered = bind();
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
      onBlur: () => send('blur', form.getValues(name)),
      ref: (control: HTMLElement | null) => {
        element = control;
      },
    };
    // `getValues` reads the default values until the form mounts, then the form's copy of them: an equal list
    // keeps the identity it had, or the first subscription would see a new value and render the field again.
    let last: FieldPathValue<UserFormValues, F> | undefined;
    const readValue = () => {
      const next = form.getValues(name) as FieldPathValue<UserFormValues, F>;
      if (!sameList(last, next)) last = next;
      return last as FieldPathValue<UserFormValues, F>;
    };
    return { subscribe, props, readValue };
  }, [form, name]);
  const readError = () => form.getFieldState(name).error?.message;
  const value = useSyncExternalStore(subscribe, readValue, readValue);
  const error = useSyncExternalStore(subscribe, readError, readError);
  return {
    field: useMemo(() => ({ ...props, value }), [props, value]),
    error,
    state: stateOf(name),
    label: messages.labels[name],
    required: userFields[name][mode] === 'required',
    messages,
  };
}

function sameList(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, index) => item === b[index]);
}
