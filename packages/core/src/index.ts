// The public API of @profilekit/core, in explicit groups. What sibling packages need beyond it lives in
// `@profilekit/core/internal` (not documented, not covered by semver).

// Avatar images: the upload contract a provider takes. The checks both sides run and the uploader for
// @profilekit/server are `@profilekit/core/avatar`, which only an app that uploads loads.
export type { UploadAvatar, UploadAvatarOptions } from './avatar/UploadAvatar';
// The client contract and the HTTP client. The browser's client of your `@profilekit/server` routes
// (`createBackendClient`, `withBackend`) is `@profilekit/core/backend`, which only apps with that backend load.
export {
  type AdminUserClient,
  type BlockOutcome,
  isAdminClient,
  type ListUsersQuery,
  type RequestOptions,
  type SignupRequest,
  type SignupResult,
  type UserAdminOperations,
  type UserClient,
  type UserPage,
} from './client';
// Errors.
export {
  AuthError,
  isAuthError,
  isNetworkError,
  isNotFoundError,
  isProfileKitError,
  isRateLimitError,
  isValidationError,
  NetworkError,
  NotFoundError,
  ProfileKitError,
  type ProfileKitErrorOptions,
  RateLimitError,
  ValidationError,
} from './errors';
export type {
  PresenceEvent,
  PresenceListener,
  ProfileEvent,
  ProfileEventListener,
  ProfileEventType,
} from './events/ProfileEvent';
export {
  type CometChatTarget,
  createHttpClient,
  type HttpClientOptions,
  localStorageTokenStore,
  memoryTokenStore,
  type RetryOptions,
  type TokenStore,
  type TransportOptions,
} from './http';
// Validation and requests derived from the table.
export { defaultMessages, type MessageSubject, type ValidationMessages } from './messages';
export { buildUserPayload } from './payload';
// The User class: its fields, the policy table and the operations on it.
export {
  type ClearBehaviour,
  type FieldAccess,
  type FieldPolicy,
  type FieldRule,
  type FieldState,
  fieldState,
  type UserField,
  type UserFields,
  type UserOperation,
  userFieldNames,
  userFields,
  userOperations,
} from './policy';
export {
  createUserSchemas,
  type UserSchemas,
  userSchemas,
  type ValidationResult,
  validateUserInput,
} from './schemas';
export type {
  ClearableField,
  CreateUserInput,
  CurrentUserChanges,
  FieldErrors,
  JsonObject,
  JsonValue,
  OperationInput,
  SignupInput,
  UpdateUserInput,
  User,
  UserDraft,
  UserFieldValue,
} from './types';
export { isValidUid, normalizeUid, sameUid } from './uid';
