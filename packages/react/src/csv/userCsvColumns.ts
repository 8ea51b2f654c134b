import type { User } from '@profilekit/core';

/** A column of a user export: a field of CometChat's `User` (timestamps written as ISO 8601, UTC). */
export type UserCsvColumn =
  | 'uid'
  | 'name'
  | 'avatar'
  | 'link'
  | 'role'
  | 'statusMessage'
  | 'metadata'
  | 'tags'
  | 'status'
  | 'lastActiveAt'
  | 'createdAt'
  | 'updatedAt'
  | 'deactivatedAt';

/** The columns of an export when none are given: every field, in the policy table's order. */
export const defaultUserCsvColumns: readonly UserCsvColumn[] = [
  'uid',
  'name',
  'avatar',
  'link',
  'role',
  'statusMessage',
  'metadata',
  'tags',
  'status',
  'lastActiveAt',
  'createdAt',
  'deactivatedAt',
];

const TIMESTAMPS = new Set<UserCsvColumn>(['lastActiveAt', 'createdAt', 'updatedAt', 'deactivatedAt']);

/** Tags as `a;b`, or as a JSON array when a tag holds `;` or starts with `[` (the import reads both). */
export function tagsCell(tags: readonly string[]): string {
  const plain = tags.every((tag) => !tag.includes(';') && !tag.startsWith('['));
  return plain ? tags.join(';') : JSON.stringify(tags);
}

/** One cell of a user's row: metadata as JSON, tags joined, timestamps as ISO 8601, absent fields empty. */
export function userCsvCell(user: User, column: UserCsvColumn): string {
  const value = user[column as keyof User];
  if (value === undefined || value === null) return '';
  if (column === 'metadata') return JSON.stringify(value);
  if (column === 'tags') return tagsCell(value as string[]);
  if (TIMESTAMPS.has(column) && typeof value === 'number') return new Date(value * 1000).toISOString();
  return String(value);
}
