import { ProfileKitHttpError } from '@profilekit/server';

/** Where a registration can be made to fail: after the account row is written, or after the CometChat user is created. */
export type FaultPoint = 'account' | 'cometchatUser';

export const faultPoints: readonly FaultPoint[] = ['account', 'cometchatUser'];

/** A switch for tests: the next registration fails once at a chosen point. */
export interface Faults {
  readonly enabled: boolean;
  failNextRegister(point: FaultPoint): void;
  /** Throws a 503 if the next registration was set to fail here (once). */
  check(point: FaultPoint): void;
}

/**
 * Fault injection for the end-to-end tests (`DEMO_FAULTS=1`); when disabled nothing can be armed.
 *
 * @example
 * ```ts
 * const faults = createFaults(true);
 * faults.failNextRegister('account');
 * faults.check('account'); // throws 503 once
 * ```
 */
export function createFaults(enabled: boolean): Faults {
  let armed: FaultPoint | undefined;
  return {
    enabled,
    failNextRegister(point) {
      if (enabled) armed = point;
    },
    check(point) {
      if (!enabled || armed !== point) return;
      armed = undefined;
      const where = point === 'account' ? 'your account was saved' : 'your CometChat user was created';
      throw new ProfileKitHttpError(
        503,
        'ERR_INJECTED_FAULT',
        `The server failed after ${where} (injected for testing). Retry.`,
      );
    },
  };
}
