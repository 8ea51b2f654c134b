/** An avatar as profilekit stores it: a content-addressed name, the re-encoded bytes and their type. */
export interface StoredAvatar {
  /** `<sha-256 of the bytes>.<extension>`, e.g. `9f86d0….webp`: never a name a client sent. */
  name: string;
  bytes: Uint8Array;
  /** `image/webp`, `image/png`, `image/jpeg` or `image/gif`. */
  contentType: string;
}

/**
 * Where `POST /avatars` puts checked avatars. `put` stores one and resolves with its public http(s) URL (a
 * relative URL is resolved against the upload route, so `GET /avatars/:name` serves it); `get` lets the
 * handler serve stored files itself — leave it out when your bucket or CDN serves them. The default is
 * {@link createDiskAvatarStorage}.
 *
 * @example
 * ```ts
 * import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
 * import type { AvatarStorage } from '@profilekit/server';
 *
 * const s3 = new S3Client({ region: 'eu-west-1' });
 * export const s3AvatarStorage: AvatarStorage = {
 *   async put({ name, bytes, contentType }) {
 *     await s3.send(new PutObjectCommand({
 *       Bucket: 'acme-avatars', Key: name, Body: bytes, ContentType: contentType,
 *       CacheControl: 'public, max-age=31536000, immutable',
 *     }));
 *     return `https://acme-avatars.s3.eu-west-1.amazonaws.com/${name}`;
 *   },
 * };
 * ```
 */
export interface AvatarStorage {
  put(avatar: StoredAvatar): Promise<string>;
  get?(name: string): Promise<StoredAvatar | null>;
  /**
   * Removes stored avatars that nobody uses: each one stored before `olderThan` for which `isReferenced(name)`
   * is `false`. Uploads come before the profile that uses them (a sign-up form uploads first), and some are never
   * used, so run it now and then — with a cut-off well behind now, so an avatar being signed up with survives.
   */
  sweepAvatars?(options: SweepAvatarsOptions): Promise<{ removed: string[] }>;
}

/** What {@link AvatarStorage.sweepAvatars} removes. */
export interface SweepAvatarsOptions {
  /** `true` when a user's `avatar` names this file (e.g. its URL ends with `/<name>`). */
  isReferenced: (name: string) => boolean | Promise<boolean>;
  /** Only files stored before this moment are candidates. */
  olderThan: Date;
}
