import { BoundField, controlProps, type FieldPartProps } from './BoundField';
import { FieldInput, FieldTextarea } from './Field';
import { useUserFormField } from './useUserFormField';

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
    <BoundField
      binding={binding}
      description={description}
      className={className}
      control={
        multiline ? (
          <FieldTextarea rows={3} value={value} placeholder={placeholder} {...controlProps(binding)} />
        ) : (
          <FieldInput
            type="text"
            value={value}
            placeholder={placeholder}
            autoComplete="off"
            {...controlProps(binding)}
          />
        )
      }
    >
      {children}
    </BoundField>
  );
}
