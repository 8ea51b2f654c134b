import { isProfileKitError, isRateLimitError } from '../errors';
import { sleep } from './abort';

/** When a safe read is tried again. Writes (POST, PUT, DELETE) are never retried. */
export interface RetryOptions {
  /** Retries after the first attempt; `0` turns retrying off. Default 2. */
  limit?: number;
  /** Statuses worth another try. Default 408, 413, 429, 500, 502, 503, 504; network failures (`ERR_NETWORK`) too, timeouts not. */
  statusCodes?: readonly number[];
  /** The first back-off, doubled on each retry. Default 300 ms. */
  backoffMs?: number;
  /** The longest wait, `Retry-After` included; a 429 asking for longer fails at once. Default 30 s. */
  maxDelayMs?: number;
}

const RETRY_STATUSES = [408, 413, 429, 500, 502, 503, 504];

/**
 * How long to wait before retry number `retry` (0-based) after `error`, or `undefined` to give up:
 * a 429's `Retry-After`, otherwise exponential back-off.
 *
 * @example
 * ```ts
 * retryDelay(new RateLimitError('slow down', { code: 'ERR_TOO_MANY_REQUESTS', status: 429, retryAfterMs: 1000 }), 0); // 1000
 * ```
 */
export function retryDelay(error: unknown, retry: number, options: RetryOptions = {}): number | undefined {
  const { limit = 2, statusCodes = RETRY_STATUSES, backoffMs = 300, maxDelayMs = 30_000 } = options;
  if (retry >= limit || !isProfileKitError(error)) return undefined;
  if (error.code !== 'ERR_NETWORK' && !statusCodes.includes(error.status)) return undefined;
  const wait = isRateLimitError(error) ? error.retryAfterMs : backoffMs * 2 ** retry;
  return wait <= maxDelayMs ? wait : undefined;
}

/**
 * Runs a safe read, trying again on the failures {@link retryDelay} allows; aborting `signal` stops the waiting.
 *
 * @example
 * ```ts
 * const page = await retrying(() => client.listUsers({ limit: 10 }), { limit: 3 });
 * ```
 */
export async function retrying<T>(read: () => Promise<T>, options?: RetryOptions, signal?: AbortSignal): Promise<T> {
  for (let retry = 0; ; retry++) {
    try {
      return await read();
    } catch (error) {
      const wait = retryDelay(error, retry, options);
      if (wait === undefined) throw error;
      await sleep(wait, signal);
    }
  }
}
