import type { User } from '@profilekit/core';
import type { Fact } from './scenario';

/** The error code a call rejected with, or `ok`. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  return promise.then(
    () => 'ok',
    (error: { code?: unknown }) => String(error?.code ?? 'no code'),
  );
}

/** A cleared field as CometChat may return it: gone, empty string, or empty object. */
export function isCleared(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  return typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0;
}

/** The fields of a user named, as facts (`null` for a missing field). */
export function pick(user: Partial<User> | null | undefined, fields: (keyof User)[]): Record<string, Fact> {
  const facts: Record<string, Fact> = {};
  for (const field of fields) facts[field] = (user?.[field] ?? null) as Fact;
  return facts;
}

/** The uids of a listing, sorted. */
export const uidsOf = (users: { uid: string }[]): string[] => users.map((user) => user.uid).sort();
