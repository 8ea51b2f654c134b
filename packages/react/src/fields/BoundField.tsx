import type { ReactNode } from 'react';
import type { FormField } from '../form/formValues';
import { Field, FieldDescription, FieldError, FieldLabel } from './Field';
import type { UserFormFieldBinding } from './useUserFormField';

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

/** The value props of a bound control: name, onChange, onBlur, ref, aria-required. */
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
 * The skeleton every editable field part shares: the field root with its state, the label, the
 * control (with whatever sits beside it), your description, the "set once" hint on create, extra
 * parts and the error.
 */
export function BoundField({
  binding,
  control,
  description,
  children,
  className,
  refusal,
}: Omit<FieldPartProps, 'name' | 'placeholder'> & {
  binding: UserFormFieldBinding<FormField>;
  /** The control and what belongs to it (a preview, a size meter). */
  control: ReactNode;
  /** A message of the part itself that takes the error's place (e.g. a refused tag). */
  refusal?: string;
}) {
  const error = refusal ?? binding.error;
  return (
    <Field
      invalid={error !== undefined}
      required={binding.required}
      className={className}
      data-field={binding.field.name}
    >
      <FieldLabel>{binding.label}</FieldLabel>
      {control}
      {description !== undefined && <FieldDescription>{description}</FieldDescription>}
      {binding.state === 'createOnly' && (
        <FieldDescription>{binding.messages.createOnlyHint(binding.label)}</FieldDescription>
      )}
      {children}
      <FieldError>{error}</FieldError>
    </Field>
  );
}
