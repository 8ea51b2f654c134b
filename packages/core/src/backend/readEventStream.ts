import { createParser } from 'eventsource-parser';
import { errorFromWire, isProfileKitError, NetworkError } from '../errors';
import type { ProfileEvent, ProfileEventListener } from '../events/ProfileEvent';
import { sleep } from '../http/abort';
import { parseRetryAfter } from '../http/request';

/** Options of `BackendClient.subscribeToEvents`. */
export interface EventStreamOptions {
  /** A failed connection or a broken stream (it reconnects by itself, except after 401/403/404). */
  onError?(error: unknown): void;
  /** Resume after this event id (`Last-Event-ID`): events published since are delivered first. */
  lastEventId?: string;
}

/** What the reader needs from the backend client. */
export interface EventStreamSource {
  url: string;
  fetch: () => typeof fetch;
  getAuthToken?: () => string | null | undefined | Promise<string | null | undefined>;
}

/** First wait before reconnecting; doubled per failed attempt up to {@link MAX_BACKOFF_MS}. */
const FIRST_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 30_000;
/** Answers that another attempt cannot change: no (valid) token, not allowed, no such route. */
const FINAL_STATUSES = new Set([401, 403, 404]);

/**
 * Reads `GET {basePath}/events` with `fetch` (so the auth token travels in the `Authorization` header, never in
 * a URL), parses Server-Sent Events with `eventsource-parser`, and reconnects with exponential back-off and
 * `Last-Event-ID` until the returned function is called.
 */
export function readEventStream(
  source: EventStreamSource,
  listener: ProfileEventListener,
  options: EventStreamOptions = {},
): () => void {
  const stopped = new AbortController();
  let lastEventId = options.lastEventId;
  let serverRetryMs: number | undefined;
  const report = (error: unknown) => {
    if (!stopped.signal.aborted) options.onError?.(error);
  };

  /** One connection: resolves when the stream ends; throws a profilekit error when it could not open. */
  async function connect(): Promise<'opened' | 'final'> {
    const authToken = (await source.getAuthToken?.()) ?? undefined;
    const headers: Record<string, string> = { accept: 'text/event-stream' };
    if (authToken) headers.authorization = `Bearer ${authToken}`;
    if (lastEventId) headers['last-event-id'] = lastEventId;
    let response: Response;
    try {
      response = await source.fetch()(source.url, { headers, signal: stopped.signal, cache: 'no-store' });
    } catch (cause) {
      throw new NetworkError(`GET ${source.url} failed: ${(cause as Error)?.message}`, {
        code: 'ERR_NETWORK',
        cause,
        secrets: [authToken],
      });
    }
    if (!response.ok || !response.body) {
      const text = await response.text().catch(() => '');
      const error = errorFromWire({
        status: response.status,
        error: parseError(text),
        retryAfterMs: parseRetryAfter(response.headers.get('retry-after')),
        secrets: [authToken],
      });
      if (FINAL_STATUSES.has(response.status)) {
        report(error);
        return 'final';
      }
      throw error;
    }
    const parser = createParser({
      onRetry: (ms) => {
        serverRetryMs = ms;
      },
      onEvent: (message) => {
        if (message.id) lastEventId = message.id;
        if (message.event && message.event !== 'message') return;
        const event = parseEvent(message.data);
        if (event) listener(event);
      },
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parser.feed(value);
      }
    } finally {
      reader.releaseLock();
    }
    return 'opened';
  }

  void (async () => {
    for (let failures = 0; !stopped.signal.aborted; ) {
      try {
        if ((await connect()) === 'final') return;
        failures = 0;
      } catch (error) {
        if (stopped.signal.aborted) return;
        report(
          isProfileKitError(error)
            ? error
            : new NetworkError('The event stream broke.', { code: 'ERR_NETWORK', cause: error }),
        );
        failures++;
      }
      const backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** Math.max(0, failures - 1));
      await sleep(failures === 0 ? (serverRetryMs ?? FIRST_BACKOFF_MS) : backoff, stopped.signal).catch(() => {});
    }
  })();
  return () => stopped.abort();
}

function parseError(text: string) {
  try {
    return (JSON.parse(text) as { error?: undefined }).error;
  } catch {
    return undefined;
  }
}

function parseEvent(data: string): ProfileEvent | undefined {
  try {
    const event = JSON.parse(data) as ProfileEvent;
    return typeof event?.type === 'string' ? event : undefined;
  } catch {
    return undefined;
  }
}
