import { defaultFormMessages } from './defaultFormMessages';
import type { FormMessages, UserFormMessages, UserFormMessagesInput } from './formMessages';

/** `overrides` over `base`, labels and validation merged key by key. */
export function mergeMessages<M extends FormMessages>(overrides: UserFormMessagesInput | undefined, base: M): M {
  return {
    ...base,
    ...overrides,
    labels: { ...base.labels, ...overrides?.labels },
    validation: { ...base.validation, ...overrides?.validation },
  };
}

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
  return mergeMessages(overrides, base);
}
