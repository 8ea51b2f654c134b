import type { ProfileKitError } from '@profilekit/core';
import { afterEach, expect } from 'vitest';
import { type ClientKind, type Environment, openEnvironment } from './implementations';

/** Opens one environment per test and closes it after the test. */
export function useEnvironment() {
  let current: Environment | undefined;
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return async (
    kind: ClientKind,
    ...rest: Parameters<typeof openEnvironment> extends [unknown, ...infer R] ? R : never
  ) => {
    current = await openEnvironment(kind, ...rest);
    return current;
  };
}

/** The error a promise rejects with; fails the test when it resolves. */
export async function failure(promise: Promise<unknown>): Promise<ProfileKitError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'expected the call to fail').toBeInstanceOf(Error);
  return error as ProfileKitError;
}
