import type { AvatarStorage } from './AvatarStorage';
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

const refuseName = (name: string) => {
  if (!avatarNameType(name)) throw new Error('Not a content-addressed avatar name');
};

/**
 * Avatars as files in one folder, named by the SHA-256 of their bytes (so a file is written once and never
 * changes — safe to cache forever). Only names the handler made reach the file system. Node only.
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
export function createDiskAvatarStorage(options: DiskAvatarStorageOptions): AvatarStorage {
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
  };
}
