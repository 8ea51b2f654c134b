import type { TabMessage } from './TabMessage';

/** The other tabs of this origin and app: post to them, hear from them. */
export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

/**
 * A `BroadcastChannel` named after the app (a channel never delivers to its own sender, so the writing tab
 * applies its change itself), or where there is none, the `storage` event of a key written and removed at once.
 */
export function openTabChannel(name: string, receive: (message: TabMessage) => void): TabChannel | undefined {
  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(name);
    channel.onmessage = (event: MessageEvent<TabMessage>) => receive(event.data);
    return { post: (message) => channel.postMessage(message), close: () => channel.close() };
  }
  if (typeof window === 'undefined' || !window.localStorage) return undefined;
  const onStorage = (event: StorageEvent) => {
    if (event.key !== name || event.newValue === null) return;
    receive((JSON.parse(event.newValue) as { message: TabMessage }).message);
  };
  window.addEventListener('storage', onStorage);
  let sent = 0;
  return {
    post: (message) => {
      // A unique value each time: storing the same string twice fires no event.
      sent += 1;
      window.localStorage.setItem(name, JSON.stringify({ message, sent: `${Date.now()}-${sent}` }));
      window.localStorage.removeItem(name);
    },
    close: () => window.removeEventListener('storage', onStorage),
  };
}
