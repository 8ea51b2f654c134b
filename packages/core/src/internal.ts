// What profilekit's own packages (react, emulator, server) share beyond the public API. Not documented
// and not covered by semver: apps import from `@profilekit/core`.
export { errorFromWire, maskSecret, redactSecrets, type WireError, type WireErrorContext } from './errors';
export { currentUserChanges } from './http/currentUserBody';
export { type ListUsersParams, MAX_USERS_PER_PAGE, parseListUsersParams } from './http/parseListUsersParams';
export { isAllowedHost, isAllowedOrigin, loopbackHosts } from './localServer';
export { applyUserPayload, isClearedValue, isEmptyChange, sameValue } from './payload';
export {
  cometChatRules,
  createsUser,
  fieldsChangeableBy,
  fieldsSentBy,
  serverDefaults,
  unsettableFields,
} from './policy';
export { assertServerSide, isBrowser } from './rest/assertServerSide';
export { isHttpUrl, isJsonObject, issuesToFieldErrors, isValidUrl, jsonByteLength, ruleSchema } from './schemas';
export type { KeptField, KeptUser, RuleValue } from './types';
