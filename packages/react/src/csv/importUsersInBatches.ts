import { type CreateUserInput, type FieldErrors, isRateLimitError, type RequestOptions } from '@profilekit/core';
import { type BulkCreateResult, MAX_BULK_CREATE } from '@profilekit/core/backend';
import type { CsvProgress } from './exportUsersCsv';
import { yieldToPage } from './parseUsersCsv';

/** A client that creates users in bulk: `createBackendClient`, or `withBackend(…)` composed with it. */
export interface BulkCreateClient {
  createUsers(users: readonly CreateUserInput[], options?: RequestOptions): Promise<BulkCreateResult>;
}

/** What became of one row of an import. */
export interface ImportedRow {
  row: number;
  uid: string;
  status: 'created' | 'exists' | 'invalid' | 'failed';
  details?: FieldErrors;
  /** Why CometChat refused (`failed`), as the server said it. */
  message?: string;
}

/** Options of {@link importUsersInBatches}. */
export interface ImportUsersOptions {
  signal?: AbortSignal;
  /** Called after each batch with the rows it answered and the progress so far. */
  onBatch?: (rows: ImportedRow[], progress: CsvProgress) => void;
  /** Users per request; default and most {@link MAX_BULK_CREATE}. */
  batchSize?: number;
  /** Largest JSON body per request; default 48 KB (the server's default cap is 64 KB). */
  maxBatchBytes?: number;
  /** How often one batch is retried after 429, honouring `Retry-After`; default 5. */
  rateLimitRetries?: number;
  /**
   * Batches in flight at once; default 2, so the server works on the next batch while the page takes the
   * last answer (each batch is still created a few users at a time by the server). 1 sends one at a time.
   */
  concurrency?: number;
}

function batchesOf<T>(items: readonly T[], size: number, maxBytes: number, bytesOf: (item: T) => number): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const itemBytes = bytesOf(item) + 1;
    if (current.length > 0 && (current.length >= size || bytes + itemBytes > maxBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += itemBytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

/**
 * Sends checked users to `POST /users/bulk` in batches (at most 100 users and `maxBatchBytes` each), up to
 * `concurrency` requests at a time with the page free in between, and resolves with every row's outcome in row
 * order. A 429 waits for `Retry-After` and sends the batch again. Any other failure stops sending new batches,
 * waits for those in flight (their rows are reported too) and rejects: every row answered was reported through
 * `onBatch`, and because the server answers `exists` for a uid it has, running the import again creates
 * nothing twice.
 *
 * @example
 * ```ts
 * const outcomes = await importUsersInBatches(client, check.valid, {
 *   onBatch: (_rows, { done, total }) => setProgress(done / total),
 * });
 * ```
 */
export async function importUsersInBatches(
  client: BulkCreateClient,
  rows: readonly { row: number; user: CreateUserInput }[],
  options: ImportUsersOptions = {},
): Promise<ImportedRow[]> {
  const { signal, onBatch, batchSize = MAX_BULK_CREATE, maxBatchBytes = 48 * 1024, rateLimitRetries = 5 } = options;
  const size = Math.max(1, Math.min(batchSize, MAX_BULK_CREATE));
  const batches = batchesOf(rows, size, maxBatchBytes, ({ user }) => JSON.stringify(user).length);
  const answeredBatches: ImportedRow[][] = new Array(batches.length);
  let done = 0;
  let next = 0;
  let failure: { error: unknown } | undefined;

  const send = async (batch: (typeof batches)[number]) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await client.createUsers(
          batch.map(({ user }) => user),
          { signal },
        );
      } catch (error) {
        if (!isRateLimitError(error) || attempt >= rateLimitRetries) throw error;
        await wait(Math.max(1000, error.retryAfterMs), signal);
      }
    }
  };
  const worker = async () => {
    while (!failure && next < batches.length) {
      const index = next++;
      const batch = batches[index] as (typeof batches)[number];
      try {
        signal?.throwIfAborted();
        const answer = await send(batch);
        const answered = batch.map(({ row, user }, at): ImportedRow => {
          const outcome = answer.results[at];
          if (!outcome) return { row, uid: user.uid, status: 'failed', message: 'No answer for this row.' };
          if (outcome.status === 'invalid') return { row, uid: user.uid, status: 'invalid', details: outcome.details };
          if (outcome.status === 'failed') return { row, uid: user.uid, status: 'failed', message: outcome.message };
          return { row, uid: user.uid, status: outcome.status };
        });
        answeredBatches[index] = answered;
        done += answered.length;
        onBatch?.(answered, { done, total: rows.length });
        await yieldToPage();
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  const wanted = Math.floor(options.concurrency ?? 2);
  const workers = Number.isFinite(wanted) ? Math.max(1, Math.min(wanted, batches.length)) : 1;
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure) throw failure.error;
  return answeredBatches.flat();
}
