import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import type { AvatarStorage, SweepAvatarsOptions } from '../AvatarStorage';
import { avatarNameType } from '../avatarName';

/** Options of {@link createS3AvatarStorage}. */
export interface S3AvatarStorageOptions {
  /** The bucket that holds the avatars (it must exist). */
  bucket: string;
  /** Your S3 client; or leave it out and give `s3` (its config). */
  client?: S3Client;
  /**
   * Config of the client the storage makes when no `client` is given: `region`, `credentials`, and for an
   * S3-compatible server `endpoint` with `forcePathStyle: true` (`requestChecksumCalculation: 'WHEN_REQUIRED'`
   * is the default here: S3-compatible servers refuse the SDK's checksum trailers).
   */
  s3?: S3ClientConfig;
  /** Put before every object key, e.g. `'avatars/'`; default `''`. */
  keyPrefix?: string;
  /**
   * Where the bucket (or its CDN) serves the objects, e.g. `'https://cdn.example.com/avatars'`: uploads then
   * answer `<publicBaseUrl>/<name>` and browsers load avatars from there. Default: none — the handler serves
   * them itself at `GET /avatars/:name` (every instance reads the same bucket).
   */
  publicBaseUrl?: string;
}

/** The S3 storage: every method of {@link AvatarStorage}, and the client it uses. */
export interface S3AvatarStorage extends Required<AvatarStorage> {
  readonly client: S3Client;
}

/** Avatars are content-addressed: an object never changes, so any cache may keep it for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

const notFound = (error: unknown) => {
  const name = (error as { name?: string } | null)?.name;
  return name === 'NoSuchKey' || name === 'NotFound';
};

/**
 * Avatars as objects in an S3 bucket (AWS S3 or any S3-compatible server), keyed by the SHA-256 of their
 * bytes, each stored with its `Content-Type` and `Cache-Control: public, max-age=31536000, immutable`. Every
 * instance of your backend reads and writes the same bucket, so an avatar uploaded through one is served by
 * all. `sweepAvatars` lists the bucket (under `keyPrefix`) and deletes unreferenced objects older than the
 * cut-off. Needs the optional peer dependency `@aws-sdk/client-s3`.
 *
 * @example
 * ```ts
 * import { createProfileKitHandler } from '@profilekit/server';
 * import { createS3AvatarStorage } from '@profilekit/server/s3';
 *
 * const storage = createS3AvatarStorage({
 *   bucket: 'acme-avatars',
 *   s3: { region: 'eu-west-1' },
 *   publicBaseUrl: 'https://cdn.acme.example/avatars',
 * });
 * export const profilekit = createProfileKitHandler({ target, restApiKey, avatars: { storage } });
 * ```
 */
export function createS3AvatarStorage(options: S3AvatarStorageOptions): S3AvatarStorage {
  const { bucket, keyPrefix = '' } = options;
  if (!bucket) throw new TypeError('createS3AvatarStorage: `bucket` is required (the name of an existing bucket).');
  const client = options.client ?? new S3Client({ requestChecksumCalculation: 'WHEN_REQUIRED', ...options.s3 });
  const base = options.publicBaseUrl?.replace(/\/+$/, '');
  const keyOf = (name: string) => `${keyPrefix}${name}`;
  return {
    client,
    async put({ name, bytes, contentType }) {
      if (!avatarNameType(name)) throw new Error('Not a content-addressed avatar name');
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: keyOf(name),
          Body: bytes,
          ContentType: contentType,
          CacheControl: IMMUTABLE,
        }),
      );
      return base ? `${base}/${name}` : name;
    },
    async get(name) {
      const contentType = avatarNameType(name);
      if (!contentType) return null;
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(name) }));
        if (!object.Body) return null;
        return { name, contentType, bytes: await object.Body.transformToByteArray() };
      } catch (error) {
        if (notFound(error)) return null;
        throw error;
      }
    },
    async sweepAvatars({ isReferenced, olderThan }: SweepAvatarsOptions) {
      const removed: string[] = [];
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: keyPrefix || undefined, ContinuationToken }),
        );
        for (const object of page.Contents ?? []) {
          const name = object.Key?.slice(keyPrefix.length) ?? '';
          // Only avatars (names the handler made) directly under the prefix; anything else in the bucket stays.
          if (!avatarNameType(name) || !object.LastModified || object.LastModified >= olderThan) continue;
          if (await isReferenced(name)) continue;
          await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(name) }));
          removed.push(name);
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
      return { removed };
    },
  };
}
