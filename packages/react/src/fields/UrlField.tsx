import { AvatarField } from './AvatarField';
import type { FieldPartProps } from './BoundField';
import { LinkField } from './LinkField';

/**
 * @deprecated Use {@link AvatarField} or {@link LinkField}; this alias goes in the next minor release.
 *
 * @example
 * ```tsx
 * <UrlField name="avatar" /> // now: <AvatarField name="avatar" />
 * ```
 */
export function UrlField(props: FieldPartProps<'avatar' | 'link'>) {
  return props.name === 'avatar' ? <AvatarField {...props} name="avatar" /> : <LinkField {...props} name="link" />;
}
