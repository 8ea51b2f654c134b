import { isHttpUrl } from '@profilekit/core/internal';
import { lazy, Suspense, useContext } from 'react';
import { useUserFormContext } from '../form/UserFormContext';
import { ProfileKitContext } from '../ProfileKitProvider';
import { AvatarPreview } from './AvatarPreview';
import { BoundField, type FieldPartProps } from './BoundField';
import { FieldDescription } from './Field';
import { loadAvatarUpload } from './loadAvatarUpload';
import { UrlInputRow } from './UrlInputRow';
import { useUserFormField } from './useUserFormField';

// The file picker and drop zone are a chunk of their own, like the editor behind them: a page whose provider
// has no `uploadAvatar` never loads them, and the provider starts loading them as soon as it has one.
const AvatarUpload = lazy(loadAvatarUpload);

/**
 * The Avatar field: a URL input with a live image preview (initials from the saved name until the URL is an
 * absolute http(s) URL; nothing else is ever rendered as `src`). When the provider has `uploadAvatar`, it also
 * takes an image file (picker, drop, paste) and puts the uploaded image's URL in.
 *
 * @example
 * ```tsx
 * <UserFormProvider value={form}>
 *   <AvatarField name="avatar" description="A square image of at least 128 px works best." />
 * </UserFormProvider>
 * ```
 */
export function AvatarField({ description, children, className, placeholder }: FieldPartProps<'avatar'>) {
  const binding = useUserFormField('avatar');
  // The saved name gives the fallback initials; reading the live Name would re-render this field on every keystroke.
  const savedName = useUserFormContext().user?.name;
  const { messages } = binding;
  const url = binding.field.value.trim();
  const uploadAvatar = useContext(ProfileKitContext)?.uploadAvatar;
  const urlRow = (
    <UrlInputRow binding={binding} placeholder={placeholder}>
      <AvatarPreview src={url} name={savedName} alt={messages.avatarPreview} />
    </UrlInputRow>
  );
  return (
    <BoundField
      binding={binding}
      description={description}
      className={className}
      control={
        <>
          {uploadAvatar ? (
            <Suspense fallback={urlRow}>
              <AvatarUpload uploadAvatar={uploadAvatar} messages={messages} onUploaded={binding.field.onChange}>
                {urlRow}
              </AvatarUpload>
            </Suspense>
          ) : (
            urlRow
          )}
          {!isHttpUrl(url) && <FieldDescription>{messages.avatarPreviewHint}</FieldDescription>}
        </>
      }
    >
      {children}
    </BoundField>
  );
}
