import type { FieldErrors } from '../types';
import { redactSecrets } from './redact';

const BRAND = Symbol.for('@profilekit/error');

/** What every profilekit error can carry. */
export interface ProfileKitErrorOptions {
  /** CometChat's error code, e.g. `ERR_UID_ALREADY_EXISTS`, or one of profilekit's (`ERR_NETWORK`, `ERR_TIMEOUT`, `ERR_ABORTED`). */
  code: string;
  /** The HTTP status; `0` when no response arrived. */
  status?: number;
  /** Field → messages, for validation errors. */
  details?: FieldErrors;
  /** The underlying error (a network `TypeError`, a `CometChatException`, …). */
  cause?: unknown;
  /** Credentials to mask in the message, details and cause (keys, tokens). */
  secrets?: readonly (string | undefined)[];
}

/**
 * The base of every error profilekit throws. `code` is CometChat's error code, `status` always a number,
 * `details` maps fields to messages; keys and tokens are redacted from everything it carries.
 *
 * @example
 * ```ts
 * try { await client.createUser({ uid: 'usr1', name: 'Kevin' }, authKey); }
 * catch (error) {
 *   if (isProfileKitError(error) && error.code === 'ERR_UID_ALREADY_EXISTS') showTaken();
 * }
 * ```
 */
export class ProfileKitError extends Error {
  override name = 'ProfileKitError';
  readonly code: string;
  readonly status: number;
  readonly details: FieldErrors;
  declare readonly [BRAND]: true;

  constructor(message: string, options: ProfileKitErrorOptions) {
    const secrets = options.secrets ?? [];
    super(redactSecrets(message, secrets), { cause: redactCause(options.cause, secrets) });
    Object.defineProperty(this, BRAND, { value: true });
    this.code = options.code;
    this.status = options.status ?? 0;
    this.details = redactDetails(options.details ?? {}, secrets);
  }

  /** A plain object for logs and JSON responses (no stack, credentials already redacted). */
  toJSON(): { name: string; code: string; status: number; message: string; details: FieldErrors } {
    return { name: this.name, code: this.code, status: this.status, message: this.message, details: this.details };
  }
}

function redactDetails(details: FieldErrors, secrets: readonly (string | undefined)[]): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, messages] of Object.entries(details)) {
    out[field] = messages?.map((message) => redactSecrets(String(message), secrets));
  }
  return out;
}

function redactCause(cause: unknown, secrets: readonly (string | undefined)[]): unknown {
  if (!(cause instanceof Error)) return cause;
  const message = redactSecrets(cause.message, secrets);
  if (message === cause.message) return cause;
  const copy = new Error(message);
  copy.name = cause.name;
  return copy;
}

/**
 * `true` for any profilekit error, also one thrown in another realm (iframe, worker, duplicate bundle).
 *
 * @example
 * ```ts
 * if (isProfileKitError(error)) console.log(error.code, error.status);
 * ```
 */
export function isProfileKitError(error: unknown): error is ProfileKitError {
  return (
    error instanceof ProfileKitError ||
    (typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[BRAND] === true)
  );
}
