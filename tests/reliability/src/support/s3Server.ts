import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import S3rver from 's3rver';

/** A throw-away S3-compatible server (s3rver) on a loopback port, with one bucket. */
export interface S3Server {
  /** `http://127.0.0.1:<port>` */
  endpoint: string;
  bucket: string;
  /** The client config that talks to it (path-style, s3rver's fixed credentials, no checksum trailers). */
  s3: S3ClientConfig;
  close(): Promise<void>;
}

/**
 * Starts s3rver (from npm: no install step, no network) on a free loopback port with its files in a temp dir,
 * and creates `bucket`.
 *
 * @example
 * ```ts
 * const s3 = await startS3Server();
 * const storage = createS3AvatarStorage({ bucket: s3.bucket, s3: s3.s3 });
 * ```
 */
export async function startS3Server({ bucket = 'avatars' }: { bucket?: string } = {}): Promise<S3Server> {
  const directory = mkdtempSync(join(tmpdir(), 'profilekit-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const { port } = (await server.run()) as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    s3: {
      endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      requestChecksumCalculation: 'WHEN_REQUIRED',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    },
    async close() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
