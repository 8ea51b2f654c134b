import type { ReactNode } from 'react';
import type { FormField } from '../form/formValues';
import { Field, FieldDescription, FieldError, FieldInput, FieldLabel, FieldTextarea } from './Field';
import { type UserFormFieldBinding, useUserFormField } from './useUserFormField';

/** Props shared by every editable field part. */
export interface FieldPartProps<F extends FormField = FormField> {
  name: F;
  /** A hint under the control. */
  description?: ReactNode;
  /** Extra parts rendered inside the field (e.g. an availability check); a `FieldDescription` here is announced with the control. */
  children?: ReactNode;
  className?: string;
  placeholder?: string;
}

/** The hint a field's state implies: "set once" on create. */
export function StateHint({ binding }: { binding: UserFormFieldBinding<FormField> }) {
  return binding.state === 'createOnly' ? (
    <FieldDescription>{binding.messages.createOnlyHint(binding.label)}</FieldDescription>
  ) : null;
}

/** The value props of a bound control: name, value, onChange, onBlur, ref, aria-required. */
export function controlProps(binding: UserFormFieldBinding<FormField>) {
  const { field, required } = binding;
  return {
    ref: field.ref,
    name: field.name,
    onChange: field.onChange,
    onBlur: field.onBlur,
    'aria-required': required || undefined,
  };
}

/**
 * A text field (Name, UID, Status message, Role as text) bound to the enclosing user form.
 *
 * @example
 * ```tsx
 * <TextField name="name" />
 * ```
 */
export function TextField({
  name,
  description,
  children,
  className,
  placeholder,
  multiline = name === 'statusMessage',
}: FieldPartProps<'uid' | 'name' | 'statusMessage' | 'role'> & { multiline?: boolean }) {
  const binding = useUserFormField(name);
  const value = binding.field.value;
  return (
    <Field invalid={binding.error !== undefined} required={binding.required} className={className} data-field={name}>
      <FieldLabel>{binding.label}</FieldLabel>
      {multiline ? (
        <FieldTextarea rows={3} value={value} placeholder={placeholder} {...controlProps(binding)} />
      ) : (
        <FieldInput type="text" value={value} placeholder={placeholder} autoComplete="off" {...controlProps(binding)} />
      )}
      {description !== undefined && <FieldDescription>{description}</FieldDescription>}
      <StateHint binding={binding} />
      {children}
      <FieldError>{binding.error}</FieldError>
    </Field>
  );
}
