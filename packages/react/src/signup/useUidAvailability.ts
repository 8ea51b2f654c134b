import { isNotFoundError, isValidUid } from '@profilekit/core';
import type { BackendUserClient } from '@profilekit/core/backend';
import { useEffect, useState } from 'react';
import { useProfileKit } from '../hooks/useProfileKit';

/** Whether a uid is free: `idle` (empty or not a valid uid), `checking`, `available`, `taken`, or `unknown` (could not ask). */
export type UidAvailability = 'idle' | 'checking' | 'available' | 'taken' | 'unknown';

/** Your own availability check (e.g. your backend's): resolves `true` when the uid is free. */
export type UidCheck = (uid: string, signal: AbortSignal) => Promise<boolean>;

/**
 * Checks, as the person types, whether a uid is still free: waits `delayMs` after the last keystroke,
 * then asks your own `check`, else your backend (`client.isUidAvailable`, from `withBackend`), else
 * `client.getUser(uid)` — a `NotFoundError` means available.
 * Earlier checks are aborted. With CometChat, reading users needs a session or the REST API key: where
 * the client cannot read, the answer is `unknown` (and the server still refuses a taken uid on create).
 *
 * @example
 * ```tsx
 * const availability = useUidAvailability(uid); // 'checking' → 'available'
 * ```
 */
export function useUidAvailability(
  uid: string,
  { delayMs = 400, check }: { delayMs?: number; check?: UidCheck } = {},
): UidAvailability {
  const { client } = useProfileKit();
  const [availability, setAvailability] = useState<UidAvailability>('idle');
  const trimmed = uid.trim();
  useEffect(() => {
    if (!isValidUid(trimmed)) {
      setAvailability('idle');
      return;
    }
    setAvailability('checking');
    const controller = new AbortController();
    const timer = setTimeout(() => {
      const { signal } = controller;
      const backend = client as Partial<Pick<BackendUserClient, 'isUidAvailable'>>;
      const free = check
        ? check(trimmed, signal)
        : backend.isUidAvailable
          ? backend.isUidAvailable(trimmed, { signal })
          : client.getUser(trimmed, { signal }).then(
              () => false,
              (error: unknown) => {
                if (isNotFoundError(error)) return true;
                throw error;
              },
            );
      free.then(
        (available) => !signal.aborted && setAvailability(available ? 'available' : 'taken'),
        () => !signal.aborted && setAvailability('unknown'),
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [client, trimmed, delayMs, check]);
  return availability;
}
