// The public API of @profilekit/react, in explicit groups; everything else is internal.

// Admin: the danger zone (deactivate, reactivate, delete).
export { DeleteUserDialog, type DeleteUserDialogProps } from './admin/DeleteUserDialog';
export { UserDangerZone, type UserDangerZoneProps } from './admin/UserDangerZone';
export { FormActions } from './components/FormActions';
export { FormAnnouncer } from './components/FormAnnouncer';
// Drop-in components.
export { ProfileEditForm, type ProfileEditFormProps } from './components/ProfileEditForm';
export { UnsavedChangesGuard } from './components/UnsavedChangesGuard';
export { UserForm, type UserFormProps } from './components/UserForm';
export {
  AvatarField,
  AvatarPreview,
  Field,
  FieldDescription,
  FieldError,
  FieldInput,
  FieldLabel,
  type FieldPartProps,
  FieldSelect,
  type FieldStateProps,
  FieldTextarea,
  LinkField,
  MetadataField,
  ReadOnlyFacts,
  ReadOnlyField,
  RoleField,
  type RoleOption,
  StatusBadge,
  type StatusBadgeProps,
  TagsField,
  TextField,
  UnstyledProvider,
  UrlField,
  UserFormField,
  type UserFormFieldBinding,
  useFieldControlProps,
  useUserFormField,
} from './fields';
// Headless form and field parts.
export {
  type FormField,
  type UserFormApi,
  type UserFormMode,
  type UserFormOutcome,
  type UserFormPayload,
  UserFormProvider,
  type UserFormValues,
  type UseUserFormOptions,
  useUserForm,
  useUserFormContext,
} from './form';
export type { SignupClient } from './hooks/requireClient';
// Hooks.
export { useBlockUsers, useUnblockUsers } from './hooks/useBlockUsers';
export { useCreateUser } from './hooks/useCreateUser';
export { useCurrentUser } from './hooks/useCurrentUser';
export { useDeactivateUsers, useReactivateUsers } from './hooks/useDeactivateUsers';
export { type DeleteUserInput, useDeleteUser } from './hooks/useDeleteUser';
export { useInfiniteUsers } from './hooks/useInfiniteUsers';
export { type LoginCredentials, useLogin } from './hooks/useLogin';
export { useLogout } from './hooks/useLogout';
export { type ProfileKitHookOptions, useProfileKit } from './hooks/useProfileKit';
export { useSignup } from './hooks/useSignup';
export { useUpdateCurrentUser } from './hooks/useUpdateCurrentUser';
export { useUpdateUser } from './hooks/useUpdateUser';
export { useUser } from './hooks/useUser';
export { useUsers } from './hooks/useUsers';
// Languages: English is bundled; others are entries of their own (`@profilekit/react/locales/<tag>`).
export type { ProfileKitLocale } from './locales/ProfileKitLocale';
export {
  type AdminMessages,
  type AvatarEditorMessages,
  defaultFormMessages,
  type FormMessages,
  mergeFormMessages,
  type SignupMessages,
  type UserFormMessages,
  type UserFormMessagesInput,
} from './messages';
// Words.
export { type DescribedError, describeError } from './messages/describeError';
// Provider and hook options.
export {
  type ProfileKitContextValue,
  ProfileKitProvider,
  type ProfileKitProviderProps,
} from './ProfileKitProvider';
// Query keys and options (for prefetching, invalidation and your own queries).
export { userKeys } from './queryKeys';
export {
  currentUserQueryOptions,
  infiniteUsersQueryOptions,
  userQueryOptions,
  usersQueryOptions,
} from './queryOptions';
// Sign-up.
export {
  type RegisterCallback,
  SignupFlow,
  type SignupFlowProps,
  type SignupRegistration,
  suggestUid,
  type UidAvailability,
  type UidCheck,
  useUidAvailability,
} from './signup';
// Live profiles: tabs and your backend's event stream keep every cached copy fresh.
export { applyProfileEvent } from './sync/applyProfileEvent';
export type { Presence } from './sync/Presence';
export type { ProfileSyncOptions } from './sync/ProfileSyncOptions';
export type { SignedOutReason } from './sync/TabMessage';
export { usePresence } from './sync/usePresence';
export type { ThemeProps } from './theme/KitRoot';
