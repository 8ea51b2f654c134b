import { tokenDigest } from '../auth/tokenVerifier';
import type { ProfileKitStore } from '../store/ProfileKitStore';

/** Tells every instance's event streams that a session ended (`DELETE /session`), so they close at once. */
export interface SessionEnds {
  /** Announces that `authToken`'s session ended; the channel carries the token's digest, never the token. */
  end(authToken: string): Promise<void>;
  /** Calls `onEnd` when `authToken`'s session ends on any instance; resolves to the unwatch function. */
  watch(authToken: string, onEnd: () => void): Promise<() => void>;
}

const CHANNEL = 'profilekit:sessions';

/**
 * Session ends over a {@link ProfileKitStore}'s publish/subscribe: one subscription per instance, and in memory
 * the streams waiting on each token digest. A stream opened on instance 2 closes when the user logs out
 * through instance 1.
 */
export function createSessionEnds(store: ProfileKitStore): SessionEnds {
  const watchers = new Map<string, Set<() => void>>();
  let subscription: Promise<() => Promise<void>> | undefined;
  const ended = (digest: string) => {
    for (const onEnd of watchers.get(digest) ?? []) onEnd();
  };
  return {
    async end(authToken) {
      await store.publish(CHANNEL, await tokenDigest(authToken));
    },
    async watch(authToken, onEnd) {
      const digest = await tokenDigest(authToken);
      const waiting = watchers.get(digest) ?? new Set();
      watchers.set(digest, waiting);
      waiting.add(onEnd);
      const unwatch = () => {
        waiting.delete(onEnd);
        if (waiting.size === 0 && watchers.get(digest) === waiting) watchers.delete(digest);
      };
      subscription ??= store.subscribe(CHANNEL, ended);
      try {
        await subscription;
      } catch (error) {
        unwatch();
        subscription = undefined;
        throw error;
      }
      return unwatch;
    },
  };
}
