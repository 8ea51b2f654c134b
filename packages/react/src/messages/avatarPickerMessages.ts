import type { AvatarEditorMessages } from './formMessages';

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
