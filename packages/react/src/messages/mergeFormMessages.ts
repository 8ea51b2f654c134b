import { defaultFormMessages } from './defaultFormMessages';
import type { UserFormMessages, UserFormMessagesInput } from './formMessages';
import { mergeMessages } from './mergeMessages';

/**
 * Your overrides merged over a locale's messages ({@link defaultFormMessages}, English, by default).
 *
 * @example
 * ```ts
 * const messages = mergeFormMessages({ labels: { uid: 'User ID' }, saved: 'Gespeichert' });
 * ```
 */
export function mergeFormMessages(
  overrides: UserFormMessagesInput = {},
  base: UserFormMessages = defaultFormMessages,
): UserFormMessages {
  return mergeMessages(overrides, base) as UserFormMessages;
}
