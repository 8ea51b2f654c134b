import type { AvatarStorage } from './AvatarStorage';

/** Options of the avatar routes (`POST /avatars`, `GET /avatars/:name`). */
export interface AvatarUploadOptions {
  /** Where checked avatars go: `createDiskAvatarStorage({ directory })` or your object store. */
  storage: AvatarStorage;
  /** Largest upload in bytes; default 5 MB (the kit's browser sends ≤ 200 KB). */
  maxBytes?: number;
  /** Most pixels (width × height) a decoder may be given; default 40 million. Stops decompression bombs. */
  maxPixels?: number;
  /**
   * Lets a caller without `Authorization` upload too — a person on a sign-up form has no auth token yet.
   * Anonymous uploads get the same checks and are rate-limited per IP (`avatarUpload`). Default `false`:
   * only signed-in callers (a present but invalid token is refused either way).
   */
  anonymous?: boolean;
  /** Smallest width and height; default 64. */
  minSide?: number;
}
