import { ProfileKitHttpError } from '../http/httpError';

/** 503 `ERR_STORE_UNAVAILABLE`: the shared store did not answer, so a limit could not be checked (fail closed). */
export const storeUnavailable = () =>
  new ProfileKitHttpError(
    503,
    'ERR_STORE_UNAVAILABLE',
    'The rate-limit store is unavailable, so logins and sign-ups are paused; try again in a few seconds.',
    undefined,
    5,
  );

/** Runs a limit check; a store failure becomes 503 (fail closed), a limit's own answer passes through. */
export async function failClosed<T>(check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch {
    throw storeUnavailable();
  }
}

/** Runs a cache read or write; a store failure becomes `fallback` (fail open: the caller asks CometChat). */
export async function failOpen<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await operation();
  } catch {
    return fallback;
  }
}
