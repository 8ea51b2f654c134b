import type { ReactNode } from 'react';
import { usePkClass } from '../theme/usePkClass';
import { controlProps } from './BoundField';
import { FieldInput } from './Field';
import type { UserFormFieldBinding } from './useUserFormField';

/** The URL input of the Avatar and Link fields, after what goes before it on its row (the avatar's preview). */
export function UrlInputRow({
  binding,
  placeholder,
  children,
}: {
  binding: UserFormFieldBinding<'avatar' | 'link'>;
  placeholder: string | undefined;
  children?: ReactNode;
}) {
  const pk = usePkClass();
  return (
    <div className={pk('pk-url-row')}>
      {children}
      <FieldInput
        type="url"
        inputMode="url"
        value={binding.field.value}
        placeholder={placeholder ?? 'https://'}
        autoComplete="off"
        {...controlProps(binding)}
      />
    </div>
  );
}
