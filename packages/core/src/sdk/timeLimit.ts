import { NetworkError } from '../errors';

/**
 * Settles like `promise`, or rejects with a `NetworkError` `ERR_TIMEOUT` after `ms` (no limit when
 * `ms` is undefined). The work itself goes on: the official SDK cannot cancel a request.
 *
 * @example
 * ```ts
 * const user = await timeLimit(CometChat.getUser('usr1'), 10_000);
 * ```
 */
export function timeLimit<T>(promise: Promise<T>, ms: number | undefined): Promise<T> {
  if (ms === undefined) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new NetworkError(`CometChat did not answer within ${ms} ms`, { code: 'ERR_TIMEOUT' })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
