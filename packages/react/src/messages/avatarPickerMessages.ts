import type { AvatarEditorMessages, FormMessages } from './formMessages';

/**
 * profilekit's English strings for the avatar field's file picker and drop zone (they load with its lazy chunk).
 *
 * @example
 * ```ts
 * defaultAvatarPickerMessages.avatarUpload; // 'Upload avatar'
 * ```
 */
export const defaultAvatarPickerMessages = {
  avatarUpload: 'Upload avatar',
  avatarDropHint: 'Or drop or paste an image: PNG, JPEG, WebP or GIF.',
  avatarDropActive: 'Drop the image here',
  avatarEditorLoading: 'Opening the image…',
} satisfies Partial<AvatarEditorMessages>;

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
