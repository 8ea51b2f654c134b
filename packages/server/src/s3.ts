export {
  createS3AvatarStorage,
  type S3AvatarStorage,
  type S3AvatarStorageOptions,
} from './avatars/s3/createS3AvatarStorage';
