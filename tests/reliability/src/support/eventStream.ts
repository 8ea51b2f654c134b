import type { ProfileEvent } from '@profilekit/core';

/** One event as it came over the wire: its `id:` and its JSON `data:`. */
export interface StreamedEvent {
  id: string;
  event: ProfileEvent;
}

/** A raw `GET /events` reader (plain `fetch`, a minimal SSE split) for asserting what the wire carries. */
export interface OpenStream {
  /** Every event so far, in arrival order. */
  events: StreamedEvent[];
  /** Resolves when the server ended the stream. */
  ended: Promise<void>;
  /** Waits until `predicate` holds for the events received (rejects after `timeoutMs`). */
  waitFor(predicate: (events: StreamedEvent[]) => boolean, timeoutMs?: number): Promise<StreamedEvent[]>;
  close(): void;
}

/**
 * Opens `GET {api}/events` with `Authorization: Bearer <authToken>` (and `Last-Event-ID` when given) and
 * resolves once the server's first bytes (`retry:` and the `: connected` comment) arrived — the stream is
 * listening from then on. Rejects with the status and body when the server refuses.
 */
export async function openStream(api: string, authToken: string, lastEventId?: string): Promise<OpenStream> {
  const controller = new AbortController();
  const headers: Record<string, string> = { authorization: `Bearer ${authToken}`, accept: 'text/event-stream' };
  if (lastEventId) headers['last-event-id'] = lastEventId;
  const response = await fetch(`${api}/events`, { headers, signal: controller.signal });
  if (!response.ok || !response.body) throw new Error(`GET /events: ${response.status} ${await response.text()}`);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  const events: StreamedEvent[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  let connected: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    connected = resolve;
  });
  const ended = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += value;
        if (buffer.includes(': connected')) connected();
        let end = buffer.indexOf('\n\n');
        while (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) =>
            block
              .split('\n')
              .find((line) => line.startsWith(`${name}:`))
              ?.slice(name.length + 1)
              .trim();
          const data = field('data');
          if (data) events.push({ id: field('id') ?? '', event: JSON.parse(data) });
          for (const wake of waiters) wake();
          end = buffer.indexOf('\n\n');
        }
      }
    } catch {
      // closed by us
    } finally {
      for (const wake of waiters) wake();
    }
  })();
  await ready;
  return {
    events,
    ended,
    waitFor(predicate, timeoutMs = 10_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!predicate(events)) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(events);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`events so far: ${JSON.stringify(events.map((e) => e.event))}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => controller.abort(),
  };
}

/** `true` when `events` hold one of `type` about `uid` (its `uid`, `user.uid`, `blocker` or `blocked`). */
export const hasEvent = (events: StreamedEvent[], type: ProfileEvent['type'], uid: string) =>
  events.some(({ event }) => event.type === type && aboutUid(event) === uid);

export function aboutUid(event: ProfileEvent): string {
  if ('user' in event) return event.user.uid;
  if ('uid' in event) return event.uid;
  return `${event.blocker}>${event.blocked}`;
}
