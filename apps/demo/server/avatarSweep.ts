import type { RestClient } from '@profilekit/core/rest';
import type { SweepAvatarsOptions } from '@profilekit/server';

/** Options of {@link startAvatarSweep}. */
export interface AvatarSweepOptions {
  /** The avatar storage to sweep (`createDiskAvatarStorage` implements `sweepAvatars`). */
  storage: { sweepAvatars(options: SweepAvatarsOptions): Promise<{ removed: string[] }> };
  /** Reads every CometChat user's `avatar`, deactivated users included. */
  rest: RestClient;
  /** How often to sweep; default every hour. */
  everyMs?: number;
  /** How old an unused avatar must be to go: a sign-up form uploads before the user exists. Default a day. */
  graceMs?: number;
  log?: (line: string) => void;
}

const PAGE = 1000;

/** The file names the users' avatars point at (the last segment of each `avatar` URL). */
export async function referencedAvatars(rest: RestClient): Promise<Set<string>> {
  const names = new Set<string>();
  for (let page = 1; ; page += 1) {
    const { users, totalPages } = await rest.listUsers({ limit: PAGE, page, withDeactivated: true });
    for (const { avatar } of users) {
      const name = avatar ? new URL(avatar).pathname.split('/').pop() : undefined;
      if (name) names.add(name);
    }
    if (page >= totalPages) return names;
  }
}

/** One sweep: removes the avatars no user references that are older than `graceMs`. */
export async function sweepUnusedAvatars({ storage, rest, graceMs = 86_400_000 }: AvatarSweepOptions) {
  // Read the users first: an avatar stored after this moment is younger than the cut-off anyway.
  const olderThan = new Date(Date.now() - graceMs);
  const referenced = await referencedAvatars(rest);
  return storage.sweepAvatars({ isReferenced: (name) => referenced.has(name), olderThan });
}

/**
 * The demo's cron-like task: every `everyMs`, removes uploaded avatars that no CometChat user references and
 * that are older than `graceMs`, logging what went. A failed sweep is logged and tried again next time.
 *
 * @example
 * ```ts
 * const sweep = startAvatarSweep({ storage: createDiskAvatarStorage({ directory }), rest, log: console.log });
 * // on shutdown: sweep.stop();
 * ```
 */
export function startAvatarSweep(options: AvatarSweepOptions): { stop(): void } {
  const { everyMs = 3_600_000, log } = options;
  const timer = setInterval(() => {
    sweepUnusedAvatars(options).then(
      ({ removed }) => {
        if (removed.length > 0) log?.(`avatar sweep: removed ${removed.length} unused avatar(s)`);
      },
      (error: unknown) => log?.(`avatar sweep failed: ${error instanceof Error ? error.name : 'error'}`),
    );
  }, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
