export { UnstyledProvider } from '../theme/UnstyledProvider';
export { AvatarField } from './AvatarField';
export { AvatarPreview } from './AvatarPreview';
export type { FieldPartProps } from './BoundField';
export {
  Field,
  FieldDescription,
  FieldError,
  FieldInput,
  FieldLabel,
  FieldSelect,
  type FieldStateProps,
  FieldTextarea,
  useFieldControlProps,
} from './Field';
export { LinkField } from './LinkField';
export { MetadataField } from './MetadataField';
export { LastActive, ReadOnlyFacts, StatusBadge, type StatusBadgeProps } from './ReadOnlyFacts';
export { ReadOnlyField } from './ReadOnlyField';
export { RoleField, type RoleOption } from './RoleField';
export { TagsField } from './TagsField';
export { TextField } from './TextField';
export { UrlField } from './UrlField';
export { UserFormField } from './UserFormField';
export { type UserFormFieldBinding, useUserFormField } from './useUserFormField';
