import { ProfileKitHttpError } from '../http/httpError';

/** Runs avatar decodes a few at a time; see {@link createDecodeQueue}. */
export interface DecodeQueue {
  run<T>(decode: () => Promise<T>): Promise<T>;
}

/**
 * Lets `concurrency` decodes run at once and `maxWaiting` more wait their turn; beyond that an upload is
 * refused with 503 `ERR_AVATAR_BUSY` and a `Retry-After` of about a second per waiting decode. A decode holds
 * one of libuv's four worker threads, which password hashing (scrypt) and file I/O share, and up to width ×
 * height × 8 bytes of memory: the queue is what keeps a burst of costly images from starving logins.
 */
export function createDecodeQueue(concurrency: number, maxWaiting: number): DecodeQueue {
  let running = 0;
  const waiting: Array<() => void> = [];
  return {
    async run(decode) {
      if (running >= concurrency) {
        if (waiting.length >= maxWaiting) {
          const seconds = Math.max(1, waiting.length);
          const message = `The server is busy with other avatars; try again in ${seconds} s.`;
          throw new ProfileKitHttpError(503, 'ERR_AVATAR_BUSY', message, undefined, seconds);
        }
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else running += 1;
      try {
        return await decode();
      } finally {
        // Hand the slot straight to the next decode, so a new arrival cannot overtake the queue.
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
  };
}
