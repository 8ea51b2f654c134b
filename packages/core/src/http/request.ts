import { errorFromWire, NetworkError, type WireError } from '../errors';
import { abortError } from './abort';
import { type RetryOptions, retrying } from './retry';

/** How requests travel: your `fetch`, a timeout, and retries for safe reads. */
export interface TransportOptions {
  /** Default `globalThis.fetch`, looked up at each request (so test doubles and polyfills installed later apply). */
  fetch?: typeof fetch;
  /** Milliseconds per attempt before the request fails with `ERR_TIMEOUT`. Default 30 000. */
  timeoutMs?: number;
  /** Retries of GET requests on 408/413/429/5xx and network failures; writes are never retried. */
  retry?: RetryOptions;
}

/** One request of the wire protocol. */
export interface WireRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  /** Headers; those set to `undefined` are not sent. */
  headers: Record<string, string | undefined>;
  body?: unknown;
  /** Keys and tokens this request carries: masked in any error it raises. */
  secrets: readonly (string | undefined)[];
  signal?: AbortSignal | undefined;
}

/** A successful CometChat response body. */
export interface WireResponse<T = unknown> {
  data: T;
  meta?: { pagination?: Partial<Record<'total' | 'count' | 'per_page' | 'current_page' | 'total_pages', number>> };
}

/** Sends a request and resolves with the response body, or rejects with a profilekit error. */
export type Send = <T>(request: WireRequest) => Promise<WireResponse<T>>;

/**
 * The transport both fetch clients share: JSON in and out, CometChat errors as profilekit errors
 * (`errorFromWire`), `NetworkError`s `ERR_NETWORK` / `ERR_TIMEOUT` (per attempt) / `ERR_ABORTED`,
 * and bounded retries for GET only.
 *
 * @example
 * ```ts
 * const send = createSend({ timeoutMs: 5000, retry: { limit: 1 } });
 * const { data } = await send({ method: 'GET', url: `${base}/me`, headers: { authToken }, secrets: [authToken] });
 * ```
 */
export function createSend(options: TransportOptions = {}): Send {
  const once = <T>(request: WireRequest) => sendOnce<T>(request, options);
  return (request) =>
    request.method === 'GET' ? retrying(() => once(request), options.retry, request.signal) : once(request);
}

async function sendOnce<T>(request: WireRequest, options: TransportOptions): Promise<WireResponse<T>> {
  const { method, url, body, secrets, signal } = request;
  if (signal?.aborted) throw abortError(signal);
  const timeoutMs = options.timeoutMs ?? 30_000;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort('timeout'), timeoutMs);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  for (const [name, value] of Object.entries(request.headers)) if (value) headers[name] = value;
  let response: Response;
  let text: string;
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: controller.signal,
    });
    text = await response.text();
  } catch (cause) {
    if (signal?.aborted) throw abortError(signal, cause);
    const timedOut = controller.signal.reason === 'timeout';
    const reason = timedOut ? `no answer within ${timeoutMs} ms` : (cause as Error)?.message;
    const code = timedOut ? 'ERR_TIMEOUT' : 'ERR_NETWORK';
    throw new NetworkError(`${method} ${url} failed: ${reason}`, { code, cause, secrets });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
  const parsed = parseJson(text);
  if (response.ok && !parsed?.error) return (parsed ?? { data: undefined }) as WireResponse<T>;
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
  throw errorFromWire({ status: response.status, error: parsed?.error, retryAfterMs, secrets });
}

function parseJson(text: string): { error?: WireError } | undefined {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * `Retry-After` in milliseconds, from the seconds CometChat sends (an HTTP date counts as absent).
 *
 * @example
 * ```ts
 * parseRetryAfter('2'); // 2000
 * ```
 */
export function parseRetryAfter(value: string | null): number | undefined {
  const seconds = Number(value ?? Number.NaN);
  return seconds >= 0 ? seconds * 1000 : undefined;
}
