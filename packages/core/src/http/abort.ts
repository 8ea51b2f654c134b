import { NetworkError } from '../errors';

/**
 * The error of a request your `AbortSignal` cancelled (code `ERR_ABORTED`).
 *
 * @example
 * ```ts
 * if (signal?.aborted) throw abortError(signal);
 * ```
 */
export function abortError(signal: AbortSignal | undefined, cause: unknown = signal?.reason): NetworkError {
  return new NetworkError('The request was aborted', { code: 'ERR_ABORTED', cause });
}

/**
 * Settles like `promise`, or rejects with `ERR_ABORTED` as soon as `signal` aborts (at once when it
 * already has). For work that cannot itself be cancelled, like the official SDK's calls and timers:
 * the caller stops waiting; the work may still finish.
 *
 * @example
 * ```ts
 * const user = await abortable(CometChat.getUser('usr1'), signal);
 * ```
 */
export function abortable<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal?.removeEventListener('abort', onAbort));
  });
}

/**
 * Waits `ms`, or rejects with `ERR_ABORTED` when `signal` aborts first.
 *
 * @example
 * ```ts
 * await sleep(error.retryAfterMs, signal);
 * ```
 */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return abortable(new Promise((resolve) => setTimeout(resolve, ms)), signal);
}
