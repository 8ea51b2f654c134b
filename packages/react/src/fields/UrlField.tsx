import { isHttpUrl } from '@profilekit/core/internal';
import { useUserFormContext } from '../form/UserFormContext';
import { AvatarPreview } from './AvatarPreview';
import { Field, FieldDescription, FieldError, FieldInput, FieldLabel } from './Field';
import { controlProps, type FieldPartProps, StateHint } from './TextField';
import { usePkClass } from './UnstyledProvider';
import { useUserFormField } from './useUserFormField';

/**
 * A URL field: Avatar with a live image preview, Link with an "open" link. Only values that are
 * absolute http(s) URLs are ever rendered as `src` or `href`.
 *
 * @example
 * ```tsx
 * <UrlField name="avatar" />
 * <UrlField name="link" />
 * ```
 */
export function UrlField({ name, description, children, className, placeholder }: FieldPartProps<'avatar' | 'link'>) {
  const binding = useUserFormField(name);
  // The saved name gives the fallback initials; reading the live Name would re-render this field on every keystroke.
  const savedName = useUserFormContext().user?.name;
  const { value } = binding.field;
  const { messages } = binding;
  const pk = usePkClass();
  const safe = isHttpUrl(value.trim());
  return (
    <Field invalid={binding.error !== undefined} className={className} data-field={name}>
      <FieldLabel>{binding.label}</FieldLabel>
      <div className={pk('pk-url-row')}>
        {name === 'avatar' && <AvatarPreview src={value.trim()} name={savedName} alt={messages.avatarPreview} />}
        <FieldInput
          type="url"
          inputMode="url"
          value={value}
          placeholder={placeholder ?? 'https://'}
          autoComplete="off"
          {...controlProps(binding)}
        />
      </div>
      {name === 'link' && safe && (
        <a className={pk('pk-link')} href={value.trim()} target="_blank" rel="noopener noreferrer nofollow">
          {messages.openLink}
        </a>
      )}
      {name === 'avatar' && !safe && <FieldDescription>{messages.avatarPreviewHint}</FieldDescription>}
      {description !== undefined && <FieldDescription>{description}</FieldDescription>}
      <StateHint binding={binding} />
      {children}
      <FieldError>{binding.error}</FieldError>
    </Field>
  );
}
