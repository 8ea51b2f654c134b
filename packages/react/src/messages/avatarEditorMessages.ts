import { defaultAvatarPickerMessages } from './avatarPickerMessages';
import type { AvatarEditorMessages, UserFormMessages } from './formMessages';
import { mergeMessages } from './mergeMessages';

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * profilekit's English strings for the avatar editor (they load with its lazy chunk).
 *
 * @example
 * ```ts
 * defaultAvatarEditorMessages.avatarCropTitle; // 'Crop your avatar'
 * ```
 */
export const defaultAvatarEditorMessages: AvatarEditorMessages = {
  ...defaultAvatarPickerMessages,
  avatarWrongType: (label) => `${label} must be a PNG, JPEG, WebP or GIF image.`,
  avatarTooLarge: (label, bytes, maxBytes) =>
    `${label} must be at most ${size(maxBytes)}; this file is ${size(bytes)}.`,
  avatarTooSmall: (label, width, height, minSide) =>
    `${label} must be at least ${minSide} × ${minSide} pixels; this image is ${width} × ${height}.`,
  avatarTooManyPixels: (label, width, height) => `${label} is too large to process: ${width} × ${height} pixels.`,
  avatarUnreadable: (label) => `${label}: this image could not be read.`,
  avatarCropTitle: 'Crop your avatar',
  avatarCropArea: 'Crop area: arrow keys move the image, + and − zoom',
  avatarZoom: 'Zoom',
  avatarCropPosition: (zoom, left, top) => `Zoom ${zoom}%, ${left}% from the left, ${top}% from the top`,
  avatarUseCrop: 'Use this image',
  avatarChooseAnother: 'Choose another image',
  avatarCancel: 'Cancel',
  avatarRetry: 'Retry',
  avatarUploading: (percent) => `Uploading avatar: ${percent}%`,
  avatarCancelUpload: 'Cancel upload',
  avatarUploadCancelled: 'Upload cancelled.',
  avatarUploadFailed: (message) => `The avatar upload failed: ${message}`,
  avatarUploaded: 'Avatar uploaded. Save to keep it.',
};

/** The form's messages with every avatar editor key filled in. */
export type EditorMessages = UserFormMessages & AvatarEditorMessages;

/** The form's messages with every avatar editor key filled in: yours where given, else the English default. */
export function withAvatarEditorMessages(messages: UserFormMessages): EditorMessages {
  return mergeMessages(messages, defaultAvatarEditorMessages);
}
