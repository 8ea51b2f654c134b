import { isHttpUrl } from '@profilekit/core/internal';
import { usePkClass } from '../theme/usePkClass';
import { BoundField, type FieldPartProps } from './BoundField';
import { UrlInputRow } from './UrlInputRow';
import { useUserFormField } from './useUserFormField';

/**
 * The Link field: a URL input with an "open" link once the value is an absolute http(s) URL (nothing else is
 * ever rendered as `href`); it opens in a new tab without a referrer.
 *
 * @example
 * ```tsx
 * <UserFormProvider value={form}>
 *   <LinkField name="link" placeholder="https://example.com/profile" />
 * </UserFormProvider>
 * ```
 */
export function LinkField({ description, children, className, placeholder }: FieldPartProps<'link'>) {
  const binding = useUserFormField('link');
  const url = binding.field.value.trim();
  const pk = usePkClass();
  return (
    <BoundField
      binding={binding}
      description={description}
      className={className}
      control={
        <>
          <UrlInputRow binding={binding} placeholder={placeholder} />
          {isHttpUrl(url) && (
            <a className={pk('pk-link')} href={url} target="_blank" rel="noopener noreferrer nofollow">
              {binding.messages.openLink}
            </a>
          )}
        </>
      }
    >
      {children}
    </BoundField>
  );
}
