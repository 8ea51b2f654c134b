import { defaultFormMessages } from './defaultFormMessages';
import type { UserFormMessages, UserFormMessagesInput } from './formMessages';

/**
 * The one merge of messages: `overrides` over `base`, labels and validation key by key; a key `overrides` leaves
 * `undefined` keeps `base`'s. Parts fill in their English this way too (`mergeMessages(form.messages, english)`).
 */
export function mergeMessages<B extends object, O extends object>(overrides: O | undefined, base: B): B & O {
  const given = Object.entries(overrides ?? {}).filter(([, value]) => value !== undefined);
  const merged: Record<string, unknown> = { ...base, ...Object.fromEntries(given) };
  for (const nested of ['labels', 'validation'] as const) {
    const inner = { ...(base as Record<string, object>)[nested], ...(overrides as Record<string, object>)?.[nested] };
    if (nested in base || (overrides !== undefined && nested in overrides)) merged[nested] = inner;
  }
  return merged as B & O;
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
  return mergeMessages(overrides, base) as UserFormMessages;
}
