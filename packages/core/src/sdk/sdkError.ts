import { errorFromWire, NetworkError, type ProfileKitError } from '../errors';
import type { FieldErrors } from '../types';
import type { CometChatExceptionLike } from './cometChatLike';

const STATUS_BY_CODE: Record<string, number> = {
  ERR_UID_ALREADY_EXISTS: 400,
  ERR_BAD_REQUEST: 400,
  ERR_ROLE_NOT_FOUND: 400,
  ERR_UID_NOT_FOUND: 404,
  ERR_TOO_MANY_REQUESTS: 429,
  AUTH_ERR_NO_ACCESS: 403,
  USER_NOT_LOGED_IN: 401,
  USER_NOT_LOGGED_IN: 401,
};

/** The HTTP status behind an SDK error code (the SDK does not expose it); `0` for the SDK's own checks. */
function statusOf(code: string): number {
  return STATUS_BY_CODE[code] ?? (code.startsWith('AUTH_ERR') ? 401 : 0);
}

function fieldErrors(details: unknown): FieldErrors | undefined {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return undefined;
  const entries = Object.entries(details).filter(([, messages]) => Array.isArray(messages));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * The profilekit error for a `CometChatException` (or anything else the SDK rejected with):
 * `FAILED_TO_FETCH` becomes a `NetworkError` (`ERR_NETWORK`), CometChat's codes the same classes
 * the fetch clients raise, with the SDK's field `details`.
 *
 * @example
 * ```ts
 * try { await CometChat.getUser('nobody'); }
 * catch (exception) { throw errorFromCometChat(exception); } // NotFoundError, code ERR_UID_NOT_FOUND
 * ```
 */
export function errorFromCometChat(exception: unknown, secrets: readonly (string | undefined)[] = []): ProfileKitError {
  const { code, message, details } = (exception ?? {}) as CometChatExceptionLike;
  const text = typeof message === 'string' ? message : String(exception);
  if (code === 'FAILED_TO_FETCH') {
    return new NetworkError(`Could not reach CometChat: ${text}`, { code: 'ERR_NETWORK', cause: exception, secrets });
  }
  const wireCode = code === undefined ? 'ERR_SDK' : String(code);
  return errorFromWire({
    status: statusOf(wireCode),
    error: { code: wireCode, message: text, details: fieldErrors(details) },
    secrets,
    cause: exception,
  });
}
