import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Makes the directory of a database file. A directory it creates gets a `.gitignore` of `*`: the emulator's
 * data and keys (`.data/` by default) never land in the project's commits. Returns the first directory it
 * created, or `undefined` when the database's directory existed.
 *
 * @example
 * ```ts
 * const created = makeDataDirectory('/app/.data/emulator.sqlite'); // '/app/.data', holding .gitignore
 * ```
 */
export function makeDataDirectory(dbPath: string): string | undefined {
  // mkdir answers the first directory it made: what a failed start removes again.
  const created = mkdirSync(dirname(dbPath), { recursive: true });
  if (created === undefined) return undefined;
  writeFileSync(
    join(dirname(dbPath), '.gitignore'),
    '# Written by profilekit-emulator: its database and keys stay out of git.\n*\n',
  );
  return created;
}

/** After a failed start: removes the keys file this run wrote and the directory it created, nothing else. */
export function removeFailedStart(made: { keysFile?: string; directory?: string }): void {
  if (made.directory) rmSync(made.directory, { recursive: true, force: true });
  else if (made.keysFile) rmSync(made.keysFile, { force: true });
}
