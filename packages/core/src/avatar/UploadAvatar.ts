/** What an {@link UploadAvatar} function receives besides the image. */
export interface UploadAvatarOptions {
  /** Aborts the upload (the person pressed Cancel); reject with any error then. */
  signal?: AbortSignal;
  /** Called with the share sent so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

/**
 * Stores an avatar image anywhere — your own route, S3, Cloudinary — and resolves with its public
 * http(s) URL, which becomes the user's CometChat `avatar`. The image is already cropped to a square,
 * downscaled to 512 × 512 and re-encoded (WebP or JPEG, ≤ 200 KB). Give it to `ProfileKitProvider`
 * as `uploadAvatar`: the avatar field then takes files by picker, drag-and-drop and paste.
 *
 * @example
 * ```ts
 * import type { UploadAvatar } from '@profilekit/core';
 *
 * // An S3 presigned POST: your backend signs, the browser sends the bytes straight to the bucket.
 * export const uploadAvatar: UploadAvatar = async (file, { signal }) => {
 *   const signing = await fetch('/api/avatar-upload-url', { method: 'POST', signal });
 *   const { url, fields, publicUrl } = (await signing.json()) as {
 *     url: string;
 *     fields: Record<string, string>;
 *     publicUrl: string;
 *   };
 *   const form = new FormData();
 *   for (const [name, value] of Object.entries(fields)) form.append(name, value);
 *   form.append('Content-Type', file.type);
 *   form.append('file', file);
 *   const stored = await fetch(url, { method: 'POST', body: form, signal });
 *   if (!stored.ok) throw new Error(`The bucket refused the avatar (HTTP ${stored.status})`);
 *   return publicUrl;
 * };
 * ```
 */
export type UploadAvatar = (file: Blob, options: UploadAvatarOptions) => Promise<string>;
