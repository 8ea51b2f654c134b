import type { FormMessages } from './formMessages';

/**
 * The form's messages with `defaults` filled in where the form's leave a key out (English forms do, for what a
 * lazy chunk shows): a locale's and your own win.
 *
 * @example
 * ```ts
 * const messages = withDefaults(form.messages, defaultAvatarPickerMessages);
 * ```
 */
export function withDefaults<D extends object>(messages: FormMessages, defaults: D): FormMessages & D {
  const given = Object.fromEntries(Object.entries(messages).filter(([, value]) => value !== undefined));
  return { ...messages, ...defaults, ...given } as FormMessages & D;
}
