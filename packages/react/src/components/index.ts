export { FormActions } from './FormActions';
export { FormAnnouncer } from './FormAnnouncer';
export { ProfileEditForm, type ProfileEditFormProps } from './ProfileEditForm';
export { UnsavedChangesGuard } from './UnsavedChangesGuard';
export { UserForm, type UserFormProps } from './UserForm';
