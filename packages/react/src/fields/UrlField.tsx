import { isHttpUrl } from '@profilekit/core/internal';
import { lazy, Suspense, useContext } from 'react';
import { useUserFormContext } from '../form/UserFormContext';
import { ProfileKitContext } from '../ProfileKitProvider';
import { usePkClass } from '../theme/usePkClass';
import { AvatarPreview } from './AvatarPreview';
import { BoundField, controlProps, type FieldPartProps } from './BoundField';
import { FieldDescription, FieldInput } from './Field';
import { loadAvatarUpload } from './loadAvatarUpload';
import { useUserFormField } from './useUserFormField';

// The file picker and drop zone are a chunk of their own, like the editor behind them: a page whose provider
// has no `uploadAvatar` never loads them, and the provider starts loading them as soon as it has one.
const AvatarUpload = lazy(loadAvatarUpload);

/**
 * A URL field: Avatar with a live image preview, Link with an "open" link. Only values that are
 * absolute http(s) URLs are ever rendered as `src` or `href`. When the provider has `uploadAvatar`, the
 * Avatar field also takes an image file (picker, drop, paste) and puts the uploaded image's URL in.
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
  const url = value.trim();
  const safe = isHttpUrl(url);
  const uploadAvatar = useContext(ProfileKitContext)?.uploadAvatar;
  const urlRow = (
    <div className={pk('pk-url-row')}>
      {name === 'avatar' && <AvatarPreview src={url} name={savedName} alt={messages.avatarPreview} />}
      <FieldInput
        type="url"
        inputMode="url"
        value={value}
        placeholder={placeholder ?? 'https://'}
        autoComplete="off"
        {...controlProps(binding)}
      />
    </div>
  );
  return (
    <BoundField
      binding={binding}
      description={description}
      className={className}
      control={
        <>
          {name === 'avatar' && uploadAvatar ? (
            <Suspense fallback={urlRow}>
              <AvatarUpload uploadAvatar={uploadAvatar} messages={messages} onUploaded={binding.field.onChange}>
                {urlRow}
              </AvatarUpload>
            </Suspense>
          ) : (
            urlRow
          )}
          {name === 'link' && safe && (
            <a className={pk('pk-link')} href={url} target="_blank" rel="noopener noreferrer nofollow">
              {messages.openLink}
            </a>
          )}
          {name === 'avatar' && !safe && <FieldDescription>{messages.avatarPreviewHint}</FieldDescription>}
        </>
      }
    >
      {children}
    </BoundField>
  );
}
