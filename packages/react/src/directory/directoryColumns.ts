import type { User } from '@profilekit/core';
import type { ColumnDef } from '@tanstack/react-table';

/** The directory's columns, from the policy table: who, uid, role, status, tags, last active, created. */
export const directoryColumnIds = ['user', 'uid', 'role', 'status', 'tags', 'lastActiveAt', 'createdAt'] as const;

/** One of {@link directoryColumnIds}. */
export type DirectoryColumnId = (typeof directoryColumnIds)[number];

/** Sortable on the server: CometChat's `sortBy` knows `name` and `status` only. */
const sortable = new Set<DirectoryColumnId>(['user', 'status']);

/** TanStack Table's definitions: data only; `UserDirectory` draws each cell by column id. */
export const directoryColumns: ColumnDef<User>[] = directoryColumnIds.map((id) => ({
  id,
  accessorFn: (user: User) => (id === 'user' ? user.name : user[id]),
  enableSorting: sortable.has(id),
}));
