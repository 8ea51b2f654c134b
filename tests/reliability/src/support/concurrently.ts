/**
 * Runs `work` on every item with at most `limit` in flight — enough to keep an HTTP server busy over
 * keep-alive connections without opening thousands of sockets.
 *
 * @example
 * ```ts
 * await concurrently(payloads, 32, async (payload) => { await send(payload); });
 * ```
 */
export async function concurrently<T>(
  items: readonly T[],
  limit: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
