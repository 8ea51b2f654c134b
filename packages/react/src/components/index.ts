export { FormActions } from './FormActions';
export { FormAnnouncer } from './FormAnnouncer';
export { ProfileEditForm, type ProfileEditFormProps } from './ProfileEditForm';
export { SignupFlow, type SignupFlowProps } from './SignupFlow';
export { SignupSteps } from './SignupSteps';
export { suggestUid } from './suggestUid';
export { UidAssist } from './UidAssist';
export { UnsavedChangesGuard } from './UnsavedChangesGuard';
export { type ThemeProps, UserForm, type UserFormProps } from './UserForm';
export {
  type RegisterCallback,
  type SignupRegistration,
  type SignupStep,
  type SignupStepStatus,
  signupSteps,
  useSignupSteps,
} from './useSignupSteps';
export { type UidAvailability, type UidCheck, useUidAvailability } from './useUidAvailability';
