export { createFormSchemas } from './formSchemas';
export {
  draftFromValues,
  type FormField,
  formFieldNames,
  parseMetadataText,
  type UserFormValues,
  valuesFromUser,
} from './formValues';
export type { UserFormMode, UserFormPayload } from './modes';
export { applyServerError } from './serverErrors';
export { UserFormProvider, useUserFormContext } from './UserFormContext';
export { userFormResolver } from './userFormResolver';
export { type UserFormApi, type UserFormOutcome, type UseUserFormOptions, useUserForm } from './useUserForm';
