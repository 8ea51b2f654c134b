import { userFields } from '@profilekit/core';
import type { ReactNode } from 'react';
import type { FormField } from '../form/formValues';
import { useUserFormContext } from '../form/UserFormContext';
import { AvatarField } from './AvatarField';
import { LinkField } from './LinkField';
import { MetadataField } from './MetadataField';
import { ReadOnlyField } from './ReadOnlyField';
import { RoleField, type RoleOption } from './RoleField';
import { TagsField } from './TagsField';
import { TextField } from './TextField';

/**
 * The right part for a field, chosen from the policy table: its rule picks the editor (text, URL,
 * tags, JSON, role) and its state in this mode picks editable, read-only or nothing.
 *
 * @example
 * ```tsx
 * <UserFormField name="avatar" />
 * ```
 */
export function UserFormField({
  name,
  roles,
  children,
}: {
  name: FormField;
  roles?: readonly RoleOption[];
  /** Extra parts inside the field, e.g. a uid availability check. */
  children?: ReactNode;
}) {
  const { stateOf } = useUserFormContext();
  const state = stateOf(name);
  if (state === 'hidden') return null;
  if (state === 'readOnly') return <ReadOnlyField name={name} />;
  switch (userFields[name].rule.kind) {
    case 'url':
      return name === 'avatar' ? (
        <AvatarField name="avatar">{children}</AvatarField>
      ) : (
        <LinkField name="link">{children}</LinkField>
      );
    case 'tags':
      return <TagsField name="tags">{children}</TagsField>;
    case 'json':
      return <MetadataField name="metadata">{children}</MetadataField>;
    case 'role':
      return <RoleField roles={roles}>{children}</RoleField>;
    default:
      return <TextField name={name as 'uid' | 'name' | 'statusMessage'}>{children}</TextField>;
  }
}
