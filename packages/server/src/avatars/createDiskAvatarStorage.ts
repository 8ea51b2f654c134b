import type { AvatarStorage, SweepAvatarsOptions } from './AvatarStorage';
import { avatarNameType } from './avatarName';

/** Options of {@link createDiskAvatarStorage}. */
export interface DiskAvatarStorageOptions {
  /** The folder that holds the files (created when missing). */
  directory: string;
  /**
   * Where the files are served, e.g. `'https://api.example.com/profilekit/avatars'`; default: relative, so
   * the handler's own `GET /avatars/:name` (on the upload's origin) serves them.
   */
  publicUrl?: string;
}

/** The disk storage: every method of {@link AvatarStorage}, the optional ones included. */
export type DiskAvatarStorage = Required<AvatarStorage>;

const refuseName = (name: string) => {
  if (!avatarNameType(name)) throw new Error('Not a content-addressed avatar name');
};

/**
 * Avatars as files in one folder, named by the SHA-256 of their bytes (so a file is written once and never
 * changes — safe to cache forever). Only names the handler made reach the file system. Node only.
 * `sweepAvatars` removes the files no user references (by their modification time: a re-upload of the
 * same image refreshes it).
 *
 * @example
 * ```ts
 * import { createDiskAvatarStorage, createProfileKitHandler } from '@profilekit/server';
 *
 * const profilekit = createProfileKitHandler({
 *   target, restApiKey, basePath: '/api',
 *   avatars: { storage: createDiskAvatarStorage({ directory: './data/avatars' }) },
 * });
 * ```
 */
export function createDiskAvatarStorage(options: DiskAvatarStorageOptions): DiskAvatarStorage {
  const node = async () => {
    const [fs, path] = await Promise.all([import('node:fs/promises'), import('node:path')]);
    await fs.mkdir(options.directory, { recursive: true });
    return { fs, fileOf: (name: string) => path.join(options.directory, name) };
  };
  const base = options.publicUrl?.replace(/\/+$/, '');
  return {
    async put({ name, bytes }) {
      refuseName(name);
      const { fs, fileOf } = await node();
      const file = fileOf(name);
      // A random part: identical uploads in the same millisecond write their own temporary files, then the
      // renames land the same bytes on the same name (atomic; the last one wins, which changes nothing).
      const temporary = `${file}.${crypto.randomUUID()}.tmp`;
      await fs.writeFile(temporary, bytes, { flag: 'wx' });
      await fs.rename(temporary, file);
      return base ? `${base}/${name}` : name;
    },
    async get(name) {
      const contentType = avatarNameType(name);
      if (!contentType) return null;
      const { fs, fileOf } = await node();
      try {
        return { name, contentType, bytes: new Uint8Array(await fs.readFile(fileOf(name))) };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async sweepAvatars({ isReferenced, olderThan }: SweepAvatarsOptions) {
      const { fs, fileOf } = await node();
      const removed: string[] = [];
      for (const name of await fs.readdir(options.directory)) {
        // Avatars, and temporary files a crash left behind; nothing else in the folder is touched.
        const avatar = avatarNameType(name) !== null;
        if (!avatar && !/^[0-9a-f]{64}\.\w+\.[0-9a-f-]{36}\.tmp$/.test(name)) continue;
        const stats = await fs.stat(fileOf(name)).catch(() => null);
        if (!stats?.isFile() || stats.mtime >= olderThan) continue;
        if (avatar && (await isReferenced(name))) continue;
        await fs.rm(fileOf(name), { force: true });
        if (avatar) removed.push(name);
      }
      return { removed };
    },
  };
}
