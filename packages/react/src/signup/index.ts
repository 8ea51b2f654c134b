export { SignupFlow, type SignupFlowProps } from './SignupFlow';
export { SignupSteps } from './SignupSteps';
export { suggestUid } from './suggestUid';
export { UidAssist } from './UidAssist';
export {
  type RegisterCallback,
  type SignupRegistration,
  type SignupStep,
  type SignupStepStatus,
  signupSteps,
  useSignupSteps,
} from './useSignupSteps';
export { type UidAvailability, type UidCheck, useUidAvailability } from './useUidAvailability';
