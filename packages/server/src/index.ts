export type { AvatarStorage, StoredAvatar, SweepAvatarsOptions } from './avatars/AvatarStorage';
export type { AvatarUploadOptions } from './avatars/AvatarUploadOptions';
export {
  createDiskAvatarStorage,
  type DiskAvatarStorage,
  type DiskAvatarStorageOptions,
} from './avatars/createDiskAvatarStorage';
export type { AvatarQuota } from './avatars/uploadQuota';
export { createProfileKitHandler } from './createProfileKitHandler';
export type { ReplayWindow } from './events/eventHub';
export { type StreamReader, visibleTo } from './events/visibleTo';
export { type ErrorStatus, invalidInput, ProfileKitHttpError, uidTaken } from './httpError';
export type { TrustedProxies } from './limits/clientAddress';
export {
  createMemoryRateLimitStore,
  type LimitWindow,
  type MemoryRateLimitStoreOptions,
  type RateLimitDecision,
  type RateLimitStore,
} from './limits/rateLimitStore';
export { defaultRateLimits, type FailedLoginRule, type RateLimitRule, type RateLimits } from './limits/rateLimits';
export { safeLogLine } from './logLine';
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
  UserDeletedContext,
  UsersChangedContext,
} from './options';
export type { WebhookOptions } from './routes/webhooks';
export { createMemoryStore, type MemoryStoreOptions } from './store/createMemoryStore';
export type { ProfileKitStore, StoreListener } from './store/ProfileKitStore';
export { bearerToken } from './tokenVerifier';
