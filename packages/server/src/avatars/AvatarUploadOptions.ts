import type { AvatarStorage } from './AvatarStorage';

/** Options of the avatar routes (`POST /avatars`, `GET /avatars/:name`). */
export interface AvatarUploadOptions {
  /** Where checked avatars go: `createDiskAvatarStorage({ directory })` or your object store. */
  storage: AvatarStorage;
  /** Largest upload in bytes; default 5 MB (the kit's browser sends ≤ 200 KB). */
  maxBytes?: number;
  /** Most pixels (width × height) a decoder may be given; default 40 million. Stops decompression bombs. */
  maxPixels?: number;
  /** Smallest width and height; default 64. */
  minSide?: number;
}
