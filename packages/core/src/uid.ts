import { userFields } from './policy';

const uidRule = userFields.uid.rule;

/**
 * `true` when a string is a valid CometChat uid by the policy table's rule (characters and length).
 * Ask this wherever "is this a valid uid?" comes up — a uid suggestion, an availability check, your backend.
 *
 * @example
 * ```ts
 * isValidUid('kevin_b-2'); // true
 * isValidUid('kevin b'); // false: no spaces
 * ```
 */
export function isValidUid(value: unknown): value is string {
  const { characters, maxLength } = uidRule;
  return typeof value === 'string' && value.length <= maxLength && characters.test(value);
}

/**
 * The one spelling of a uid that CometChat stores: lowercased, since the policy table's uid rule is
 * case-insensitive. Use it for map keys, cache keys and rate-limit keys so `Bob` and `bob` share one entry.
 *
 * @example
 * ```ts
 * const lastSeen = new Map<string, number>();
 * lastSeen.set(normalizeUid('Kevin_B'), Date.now());
 * lastSeen.has(normalizeUid('kevin_b')); // true
 * ```
 */
export function normalizeUid(uid: string): string {
  return uidRule.caseInsensitive ? uid.toLowerCase() : uid;
}

/**
 * `true` when two uids name the same CometChat user (`Bob` and `bob` do).
 *
 * @example
 * ```ts
 * const isMe = sameUid(message.sender.uid, currentUser.uid);
 * ```
 */
export function sameUid(a: string, b: string): boolean {
  return normalizeUid(a) === normalizeUid(b);
}
