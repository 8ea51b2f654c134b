export { type AvatarImageType, avatarContentTypes, avatarExtensions, avatarRules } from './avatarRules';
export { type AvatarUploaderOptions, createAvatarUploader } from './createAvatarUploader';
export { detectImageType } from './detectImageType';
export { type ImageSize, readImageSize } from './readImageSize';
export type { UploadAvatar, UploadAvatarOptions } from './UploadAvatar';
