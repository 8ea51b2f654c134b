import { normalizeUid } from '@profilekit/core';
import type { RouteDeps } from '../http/context';
import { failOpen } from '../store/storeUnavailable';

const availabilityKey = (uid: string) => `availability:${normalizeUid(uid)}`;

/** The cached answer for `uid` (`undefined`: not cached, or the store is down — ask again). */
export async function cachedAvailability(deps: RouteDeps, uid: string): Promise<boolean | undefined> {
  const value = await failOpen(() => deps.store.get(availabilityKey(uid)), undefined);
  return value === undefined ? undefined : value === '1';
}

/** Remembers whether `uid` was free for `availabilityCacheSeconds` (default 5); a store failure is ignored. */
export async function rememberAvailability(deps: RouteDeps, uid: string, available: boolean): Promise<void> {
  const seconds = deps.options.availabilityCacheSeconds ?? 5;
  if (seconds > 0)
    await failOpen(() => deps.store.set(availabilityKey(uid), available ? '1' : '0', seconds * 1000), undefined);
}

/** Forgets the cached answer for `uid` (it was signed up, deleted or reactivated). */
export async function forgetAvailability(deps: RouteDeps, uid: string): Promise<void> {
  await failOpen(() => deps.store.delete(availabilityKey(uid)), undefined);
}
