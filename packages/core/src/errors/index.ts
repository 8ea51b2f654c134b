export { AuthError, isAuthError } from './AuthError';
export { errorFromWire, type WireError, type WireErrorContext } from './fromWire';
export { isNetworkError, NetworkError } from './NetworkError';
export { isNotFoundError, NotFoundError } from './NotFoundError';
export { isRateLimitError, RateLimitError } from './RateLimitError';
export { maskSecret, redactSecrets } from './redact';
export { isUserKitError, UserKitError, type UserKitErrorOptions } from './UserKitError';
export { isValidationError, ValidationError } from './ValidationError';
