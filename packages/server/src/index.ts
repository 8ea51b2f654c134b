export { createProfileKitHandler } from './createProfileKitHandler';
export { type ErrorAnswer, errorAnswer } from './errorResponse';
export { type ErrorStatus, invalidInput, ProfileKitHttpError, uidTaken } from './httpError';
export { listQueryFromParams } from './listQuery';
export { hostGuard } from './middleware/hostGuard';
export type {
  Caller,
  ConnectionInfo,
  ProfileKitHandler,
  ProfileKitHandlerOptions,
  RateLimitedAction,
  SignupContext,
  SignupOutcome,
  SignupStepContext,
} from './options';
export type { RateLimitRule } from './rateLimiter';
export { MAX_BULK_UIDS } from './routes/users';
export { bearerToken } from './tokenVerifier';
