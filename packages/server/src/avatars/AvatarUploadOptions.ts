import type { AvatarStorage } from './AvatarStorage';
import type { AvatarQuota } from './uploadQuota';

/** Options of the avatar routes (`POST /avatars`, `GET /avatars/:name`). */
export interface AvatarUploadOptions {
  /** Where checked avatars go: `createDiskAvatarStorage({ directory })` or your object store. */
  storage: AvatarStorage;
  /** Largest upload in bytes; default 5 MB (the kit's browser sends ≤ 200 KB). */
  maxBytes?: number;
  /**
   * Most pixels (width × height) a decoder may be given; default 4096 × 4096 (`avatarRules.maxUploadPixels`),
   * checked in the header and again by `sharp` (`limitInputPixels`). Stops decompression bombs.
   */
  maxPixels?: number;
  /**
   * Lets a caller without `Authorization` upload too — a person on a sign-up form has no auth token yet.
   * Anonymous uploads get the same checks and are rate-limited per IP (`avatarUpload`). Default `false`:
   * only signed-in callers (a present but invalid token is refused either way).
   */
  anonymous?: boolean;
  /** Smallest width and height; default 64. */
  minSide?: number;
  /**
   * The public URL of the upload route's folder, e.g. `'https://api.example.com/api/avatars'`: relative names
   * the storage answers are resolved against it. Without it, the request's origin is used only when `allowedHosts`
   * checked its `Host` or the host names this machine (`localhost`, `127.0.0.1`, `[::1]`); otherwise an upload
   * answers 500 `ERR_AVATAR_PUBLIC_URL` rather than echo an unchecked `Host` into a URL others load.
   */
  publicUrl?: string;
  /**
   * Decodes run at once; default 1. Each may hold up to `maxPixels` × 8 bytes and one of libuv's four worker
   * threads (shared with password hashing), so more buys little on a small server and risks its logins.
   */
  maxConcurrentDecodes?: number;
  /** Uploads that may wait for a decode; default 8. Beyond it: 503 `ERR_AVATAR_BUSY` with `Retry-After`. */
  maxQueuedDecodes?: number;
  /**
   * What one caller — a uid, or an IP address for anonymous uploads — may store per window; default 100 uploads
   * and 10 MB (re-encoded bytes) a day. Beyond it: 429 `ERR_AVATAR_QUOTA` with `Retry-After`. Counted in memory.
   */
  quota?: AvatarQuota;
}
