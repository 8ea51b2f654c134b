import { ProfileKitHttpError } from '../http/httpError';
import type { ProfileKitStore } from '../store/ProfileKitStore';
import { failClosed, failOpen } from '../store/storeUnavailable';

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
  /** Throws 429 `ERR_AVATAR_QUOTA` with `Retry-After` when `caller` has used up the window (503 when the store is down). */
  check(caller: string): Promise<void>;
  /** Adds one stored upload of `bytes` to `caller`'s window. */
  record(caller: string, bytes: number): Promise<void>;
}

/**
 * A fixed-window quota per caller in the handler's store (shared by every instance when the store is).
 * Windows are aligned to the clock (`windowMs` slices since the epoch), so two counters per caller and
 * window — uploads and bytes — need no bookkeeping and expire by themselves.
 */
export function createUploadQuota(
  quota: AvatarQuota,
  store: ProfileKitStore,
  now: () => number = Date.now,
): UploadQuota {
  const window = () => Math.floor(now() / quota.windowMs);
  const keys = (caller: string, slice: number) => [
    `avatarQuota:uploads:${caller}:${slice}`,
    `avatarQuota:bytes:${caller}:${slice}`,
  ];
  return {
    async check(caller) {
      const slice = window();
      const [uploadsKey, bytesKey] = keys(caller, slice) as [string, string];
      const [uploads, bytes] = await failClosed(() => Promise.all([store.get(uploadsKey), store.get(bytesKey)]));
      if (Number(uploads ?? 0) < quota.uploads && Number(bytes ?? 0) < quota.bytes) return;
      const seconds = Math.max(1, Math.ceil(((slice + 1) * quota.windowMs - now()) / 1000));
      const message = `Too many avatars uploaded; try again in ${seconds} s.`;
      throw new ProfileKitHttpError(429, 'ERR_AVATAR_QUOTA', message, { avatar: [message] }, seconds);
    },
    async record(caller, bytes) {
      const [uploadsKey, bytesKey] = keys(caller, window()) as [string, string];
      await failOpen(async () => {
        await store.increment(uploadsKey, quota.windowMs, 1);
        await store.increment(bytesKey, quota.windowMs, bytes);
      }, undefined);
    },
  };
}
