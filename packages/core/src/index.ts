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
export * from './errors';
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
export { defaultMessages, type ValidationMessages } from './messages';
export { applyUserPayload, buildUserPayload, isClearedValue, sameValue } from './payload';
export {
  type ClearBehaviour,
  createsUser,
  type FieldAccess,
  type FieldPolicy,
  type FieldRule,
  type FieldState,
  fieldState,
  fieldsChangeableBy,
  fieldsSentBy,
  type UserField,
  type UserFields,
  type UserOperation,
  unsettableFields,
  userFieldNames,
  userFields,
  userOperations,
} from './policy';
export {
  createUserSchemas,
  isHttpUrl,
  isJsonObject,
  issuesToFieldErrors,
  jsonByteLength,
  ruleSchema,
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
  RuleValue,
  UpdateUserInput,
  User,
  UserDraft,
  UserFieldValue,
} from './types';
