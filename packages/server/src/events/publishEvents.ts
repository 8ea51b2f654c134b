import type { ProfileEvent } from '@profilekit/core';
import type { RouteDeps } from '../context';
import { errorLogLine } from '../errorResponse';
import { safeLogLine } from '../logLine';

/**
 * Publishes what a write did. The write already happened at CometChat, so a store failure never fails the
 * request: the event is lost (streams catch up on their next refetch) and the failure is logged.
 */
export async function publishEvents(deps: RouteDeps, events: readonly ProfileEvent[]): Promise<void> {
  for (const event of events) {
    try {
      await deps.events.publish(event);
    } catch (error) {
      deps.options.log?.(safeLogLine(`error: publishing ${event.type} failed: ${errorLogLine(error)}`));
    }
  }
}
