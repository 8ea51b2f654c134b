import type { JsonObject, User } from '@profilekit/core';

/** Where the mark lives: the user's private metadata, which only the user and your backend read. */
const PRIVATE = '@private';
const FIELD = 'profilekitSignup';

/**
 * A hash of the account id that a sign-up puts on the CometChat user it creates, so a retry can tell
 * "the user my lost request created" from "somebody else's user with this uid".
 *
 * @example
 * ```ts
 * await signupMark('acc_8f14e45f'); // '3c1f…' (32 hex characters)
 * ```
 */
export async function signupMark(accountId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`profilekit-signup:${accountId}`));
  return [...new Uint8Array(digest).slice(0, 16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The metadata to create a user with: the person's own, plus the mark under `@private`. */
export function withSignupMark(metadata: JsonObject | undefined, mark: string): JsonObject {
  const own = metadata?.[PRIVATE];
  const privateData = typeof own === 'object' && own !== null && !Array.isArray(own) ? own : {};
  return { ...metadata, [PRIVATE]: { ...privateData, [FIELD]: mark } };
}

/** `true` when this user carries the mark. */
export function hasSignupMark(user: User, mark: string): boolean {
  const privateData = user.metadata?.[PRIVATE];
  return typeof privateData === 'object' && privateData !== null && (privateData as JsonObject)[FIELD] === mark;
}

/**
 * The user's metadata without the mark, once the sign-up has completed (the mark is only needed while a
 * retry may still have to adopt the user); `undefined` when nothing of the person's own is left.
 */
export function withoutSignupMark(metadata: JsonObject | undefined): JsonObject | undefined {
  const privateData = metadata?.[PRIVATE];
  if (!metadata || typeof privateData !== 'object' || privateData === null || Array.isArray(privateData)) {
    return metadata;
  }
  const { [FIELD]: _mark, ...ownPrivate } = privateData as JsonObject;
  const { [PRIVATE]: _private, ...own } = metadata;
  const rest: JsonObject = Object.keys(ownPrivate).length > 0 ? { ...own, [PRIVATE]: ownPrivate } : own;
  return Object.keys(rest).length > 0 ? rest : undefined;
}
