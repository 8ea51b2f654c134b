import { ProfileKitHttpError } from '../httpError';

/** How much one caller may upload in a window; see {@link AvatarUploadOptions.quota}. */
export interface AvatarQuota {
  /** Uploads stored per caller per window. */
  uploads: number;
  /** Bytes stored (after re-encoding) per caller per window. */
  bytes: number;
  windowMs: number;
}

/** Counts what each caller (a uid, or an IP when anonymous) stored in the current window. */
export interface UploadQuota {
  /** Throws 429 `ERR_AVATAR_QUOTA` with `Retry-After` when `caller` has used up the window. */
  check(caller: string): void;
  /** Adds one stored upload of `bytes` to `caller`'s window. */
  record(caller: string, bytes: number): void;
}

const MAX_CALLERS = 100_000;

/**
 * A fixed-window quota per caller, in memory (one process). Windows are kept in the order they opened, so
 * at the cap the oldest — the first to expire — is dropped first, in O(1).
 */
export function createUploadQuota(quota: AvatarQuota, now: () => number = Date.now): UploadQuota {
  const windows = new Map<string, { opened: number; uploads: number; bytes: number }>();
  const current = (caller: string) => {
    const window = windows.get(caller);
    if (window && now() - window.opened < quota.windowMs) return window;
    windows.delete(caller);
    if (windows.size >= MAX_CALLERS) windows.delete(windows.keys().next().value as string);
    const opened = { opened: now(), uploads: 0, bytes: 0 };
    windows.set(caller, opened);
    return opened;
  };
  return {
    check(caller) {
      const window = current(caller);
      if (window.uploads < quota.uploads && window.bytes < quota.bytes) return;
      const seconds = Math.max(1, Math.ceil((window.opened + quota.windowMs - now()) / 1000));
      const message = `Too many avatars uploaded; try again in ${seconds} s.`;
      throw new ProfileKitHttpError(429, 'ERR_AVATAR_QUOTA', message, { avatar: [message] }, seconds);
    },
    record(caller, bytes) {
      const window = current(caller);
      window.uploads += 1;
      window.bytes += bytes;
    },
  };
}
