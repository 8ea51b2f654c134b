export { AuthError, isAuthError } from './AuthError';
export { errorFromWire, type WireError, type WireErrorContext } from './fromWire';
export { isNetworkError, NetworkError } from './NetworkError';
export { isNotFoundError, NotFoundError } from './NotFoundError';
export { isProfileKitError, ProfileKitError, type ProfileKitErrorOptions } from './ProfileKitError';
export { isRateLimitError, RateLimitError } from './RateLimitError';
export { maskSecret, redactSecrets } from './redact';
export { isValidationError, ValidationError } from './ValidationError';
