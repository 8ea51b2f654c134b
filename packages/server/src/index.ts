export type { AvatarStorage, StoredAvatar, SweepAvatarsOptions } from './avatars/AvatarStorage';
export type { AvatarUploadOptions } from './avatars/AvatarUploadOptions';
export {
  createDiskAvatarStorage,
  type DiskAvatarStorage,
  type DiskAvatarStorageOptions,
} from './avatars/createDiskAvatarStorage';
export type { AvatarQuota } from './avatars/uploadQuota';
export { createProfileKitHandler } from './createProfileKitHandler';
export { type ErrorStatus, invalidInput, ProfileKitHttpError, uidTaken } from './httpError';
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
export { bearerToken } from './tokenVerifier';
