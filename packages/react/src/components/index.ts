export { SignupFlow, type SignupFlowProps } from '../signup/SignupFlow';
export { SignupSteps } from '../signup/SignupSteps';
export { suggestUid } from '../signup/suggestUid';
export { UidAssist } from '../signup/UidAssist';
export {
  type RegisterCallback,
  type SignupRegistration,
  type SignupStep,
  type SignupStepStatus,
  signupSteps,
  useSignupSteps,
} from '../signup/useSignupSteps';
export { type UidAvailability, type UidCheck, useUidAvailability } from '../signup/useUidAvailability';
export type { ThemeProps } from '../theme/KitRoot';
export { FormActions } from './FormActions';
export { FormAnnouncer } from './FormAnnouncer';
export { ProfileEditForm, type ProfileEditFormProps } from './ProfileEditForm';
export { UnsavedChangesGuard } from './UnsavedChangesGuard';
export { UserForm, type UserFormProps } from './UserForm';
