import { Field, FieldDescription, FieldError, FieldInput, FieldLabel } from '@profilekit/react';
import type { ComponentPropsWithoutRef } from 'react';

/** Props of {@link InputField}: an input's own props plus its label, hint and error. */
export type InputFieldProps = Omit<ComponentPropsWithoutRef<'input'>, 'onChange' | 'value'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  description?: string;
  error?: string;
};

/**
 * One of the demo's own fields (password, email, login) built from the kit's field parts, so it looks,
 * labels and announces errors like the CometChat fields beside it.
 */
export function InputField({ label, value, onValueChange, description, error, required, ...input }: InputFieldProps) {
  return (
    <Field invalid={error !== undefined} required={required}>
      <FieldLabel>{label}</FieldLabel>
      <FieldInput
        {...input}
        required={required}
        value={value}
        onChange={(event) => onValueChange(event.target.value)}
      />
      {description && <FieldDescription>{description}</FieldDescription>}
      <FieldError>{error}</FieldError>
    </Field>
  );
}
