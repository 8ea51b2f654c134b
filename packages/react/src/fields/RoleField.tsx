import { BoundField, controlProps, type FieldPartProps } from './BoundField';
import { FieldSelect } from './Field';
import { TextField } from './TextField';
import { useUserFormField } from './useUserFormField';

/** A role the app offers: its id, and optionally how to show it. */
export type RoleOption = string | { value: string; label: string };

/**
 * The Role field: a select when you pass `roles`, else a text input.
 *
 * @example
 * ```tsx
 * <RoleField roles={['default', { value: 'admin', label: 'Administrator' }]} />
 * ```
 */
export function RoleField({
  roles,
  name = 'role',
  description,
  children,
  className,
}: Partial<FieldPartProps<'role'>> & { roles?: readonly RoleOption[] }) {
  if (roles === undefined || roles.length === 0) {
    return (
      <TextField name="role" description={description} className={className}>
        {children}
      </TextField>
    );
  }
  return (
    <RoleSelect roles={roles} name={name} description={description} className={className}>
      {children}
    </RoleSelect>
  );
}

function RoleSelect({
  roles,
  name,
  description,
  children,
  className,
}: FieldPartProps<'role'> & { roles: readonly RoleOption[] }) {
  const binding = useUserFormField(name);
  const { field, messages } = binding;
  const options = roles.map((role) => (typeof role === 'string' ? { value: role, label: role } : role));
  if (field.value !== '' && !options.some((option) => option.value === field.value)) {
    options.unshift({ value: field.value, label: field.value });
  }
  return (
    <BoundField
      binding={binding}
      description={description}
      className={className}
      control={
        <FieldSelect value={field.value} {...controlProps(binding)}>
          <option value="">{messages.chooseRole}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </FieldSelect>
      }
    >
      {children}
    </BoundField>
  );
}
