import type { QueryClient } from '@tanstack/react-query';
import type { TabMessage } from './TabMessage';

type Publisher = (message: TabMessage) => void;

const publishers = new WeakMap<QueryClient, Set<Publisher>>();

/**
 * Tells the other tabs what a hook just did. A no-op until the provider's sync (loaded lazily) listens on
 * this QueryClient, and in a tab without sync.
 */
export function publishTabMessages(queryClient: QueryClient, messages: TabMessage[]): void {
  for (const publish of publishers.get(queryClient) ?? []) for (const message of messages) publish(message);
}

/** Receives what {@link publishTabMessages} is given for this QueryClient; returns how to stop. */
export function onTabMessagePublished(queryClient: QueryClient, publish: Publisher): () => void {
  const set = publishers.get(queryClient) ?? new Set<Publisher>();
  publishers.set(queryClient, set);
  set.add(publish);
  return () => set.delete(publish);
}
