import type { ProfileEvent } from '@profilekit/core';
import type { ProfileKitStore } from '../store/ProfileKitStore';

/** An event with the id the stream sends as `id:` (and a client sends back as `Last-Event-ID`). */
export interface NumberedEvent {
  id: number;
  event: ProfileEvent;
}

/** How long and how many events the store keeps for clients that resume (`Last-Event-ID`). */
export interface ReplayWindow {
  /** Seconds an event stays replayable; default 300 (5 minutes). */
  seconds?: number;
  /** Most events replayed to one resuming stream; default 1,000. */
  maxEvents?: number;
}

/** Publishes events to every instance sharing the store, and replays what a resuming stream missed. */
export interface EventHub {
  /** Numbers `event`, keeps it for replay and sends it to every instance's streams. */
  publish(event: ProfileEvent): Promise<NumberedEvent>;
  /** Calls `listener` with each event any instance publishes; resolves to the unsubscribe function. */
  listen(listener: (event: NumberedEvent) => void): Promise<() => void>;
  /** The events after `lastId` still in the replay window, oldest first (at most `maxEvents`, the newest ones). */
  replay(lastId: number): Promise<NumberedEvent[]>;
}

const CHANNEL = 'profilekit:events';
const SEQUENCE = 'events:seq';
/** The sequence never expires in practice (ten years): ids only grow. */
const SEQUENCE_TTL_MS = 10 * 365 * 24 * 3600_000;
const eventKey = (id: number) => `events:log:${id}`;

/**
 * The event fan-out over a {@link ProfileKitStore}: `increment` numbers each event (atomic, so ids are unique
 * across instances), `set` keeps it under its id for the replay window, `publish` sends it on one channel.
 * Each instance subscribes to that channel once and hands events to its open streams in memory.
 */
export function createEventHub(store: ProfileKitStore, window: ReplayWindow = {}): EventHub {
  const { seconds = 300, maxEvents = 1000 } = window;
  const listeners = new Set<(event: NumberedEvent) => void>();
  let subscription: Promise<() => Promise<void>> | undefined;
  const deliver = (message: string) => {
    const numbered = parse(message);
    if (numbered) for (const listener of listeners) listener(numbered);
  };
  return {
    async publish(event) {
      const id = await store.increment(SEQUENCE, SEQUENCE_TTL_MS);
      const message = JSON.stringify({ id, event });
      await store.set(eventKey(id), message, seconds * 1000);
      await store.publish(CHANNEL, message);
      return { id, event };
    },
    async listen(listener) {
      listeners.add(listener);
      subscription ??= store.subscribe(CHANNEL, deliver);
      try {
        await subscription;
      } catch (error) {
        listeners.delete(listener);
        subscription = undefined;
        throw error;
      }
      return () => {
        listeners.delete(listener);
      };
    },
    async replay(lastId) {
      const newest = Number((await store.get(SEQUENCE)) ?? 0);
      const from = Math.max(lastId + 1, newest - maxEvents + 1);
      const ids = Array.from({ length: Math.max(0, newest - from + 1) }, (_, index) => from + index);
      const kept = await Promise.all(ids.map((id) => store.get(eventKey(id))));
      return kept.flatMap((message) => {
        const numbered = message === undefined ? undefined : parse(message);
        return numbered ? [numbered] : [];
      });
    },
  };
}

function parse(message: string): NumberedEvent | undefined {
  try {
    const numbered = JSON.parse(message) as NumberedEvent;
    return Number.isSafeInteger(numbered?.id) && typeof numbered.event?.type === 'string' ? numbered : undefined;
  } catch {
    return undefined;
  }
}
