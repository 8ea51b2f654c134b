'use client';

import type { ListUsersQuery, ProfileKitError, User, UserPage } from '@profilekit/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { getCoreRowModel, type SortingState, type Table, useReactTable } from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { type ProfileKitHookOptions, useProfileKit } from '../hooks/useProfileKit';
import { useUsers } from '../hooks/useUsers';
import type { BulkAction, BulkOutcome } from './bulkActions';
import { type DirectoryColumnId, directoryColumnIds, directoryColumns } from './directoryColumns';
import type { DirectoryRouter } from './directoryRouter';
import { type DirectoryState, directoryQuery } from './directoryState';
import { type BulkRun, useBulkUserAction } from './useBulkUserAction';
import { type DirectorySelection, useDirectorySelection } from './useDirectorySelection';
import { useDirectoryState } from './useDirectoryState';

/** Options of {@link useUserDirectory}. */
export interface UseUserDirectoryOptions extends ProfileKitHookOptions {
  /** Where the state lives; default the page's URL (`searchParamsRouter`). */
  router?: DirectoryRouter;
  /** The state before a person changes anything (and what the URL leaves out), e.g. `{ pageSize: 50 }`. */
  defaults?: Partial<DirectoryState>;
  /** The columns shown, in order; default all of {@link directoryColumnIds}. */
  columns?: readonly DirectoryColumnId[];
}

/** What {@link useUserDirectory} returns: hand it to a toolbar (`UserDirectory`'s `toolbar`) or your own table. */
export interface UserDirectoryApi {
  /** The search, filters, sort and page as a person set them. */
  state: DirectoryState;
  /** The state before any change (what the URL leaves out). */
  defaults: DirectoryState;
  /** Changes the state; anything but the page goes back to page 1 and clears the selection. */
  change: (next: Partial<DirectoryState>) => void;
  /** The server query of what is shown (`useUsers`' query): give it to a CSV export of the same users. */
  query: ListUsersQuery;
  /** The page of users from the server. */
  users: UseQueryResult<UserPage, ProfileKitError>;
  pageUsers: User[];
  /** How many users match, from the list's pagination. */
  total: number;
  totalPages: number;
  /** TanStack Table over the page: columns, their order and visibility, the sort. */
  table: Table<User>;
  selection: DirectorySelection;
  isSelected: (uid: string) => boolean;
  /** Selects or unselects one user; with `range`, every user between the last one clicked and this one. */
  toggle: (user: User, options?: { range?: boolean }) => void;
  /** How much of the page is selected. */
  pageState: 'none' | 'some' | 'all';
  togglePage: () => void;
  /** Selects every user that matches the query, on every page. */
  selectAllMatching: () => void;
  clear: () => void;
  /** How many users are selected (all that match, after `selectAllMatching`). */
  selectedCount: number;
  /** The selected users (every page of the query after `selectAllMatching`). */
  selectedUsers: () => Promise<User[]>;
  /** Runs a bulk action over the selection; the selection clears when every user succeeded. */
  runBulk: (action: BulkAction) => Promise<BulkOutcome[]>;
  /** The running or last bulk action: progress and each user's outcome. */
  bulk: BulkRun | undefined;
  dismissBulk: () => void;
}

const noUsers: User[] = [];
const PAGE_OF_EVERYONE = 1000;

/**
 * The user directory without its look: the search, filters, sort and page (kept in the URL), the server's
 * page of users, the selection, a TanStack Table instance for the columns, and bulk actions with progress.
 * `query` is the server query of what is shown: pass it to a CSV export to export the same users.
 *
 * @example
 * ```tsx
 * const directory = useUserDirectory({ defaults: { pageSize: 50 } });
 * <input value={directory.state.search} onChange={(e) => directory.change({ search: e.target.value })} />
 * <button onClick={() => directory.runBulk({ kind: 'deactivate' })}>Deactivate {directory.selectedCount}</button>
 * ```
 */
export function useUserDirectory(options: UseUserDirectoryOptions = {}): UserDirectoryApi {
  const { client } = useProfileKit(options);
  const { state, change, defaults } = useDirectoryState(options.router, options.defaults);
  const query: ListUsersQuery = useMemo(() => directoryQuery(state), [state]);
  const users = useUsers(query, options);
  const pageUsers = users.data?.users ?? noUsers;
  const total = users.data?.total ?? 0;
  const selection = useDirectorySelection(pageUsers);
  const bulk = useBulkUserAction(options);

  const { clear } = selection;
  const changeAndClear = useCallback(
    (next: Partial<DirectoryState>) => {
      if (Object.keys(next).some((key) => key !== 'page')) clear();
      change(next);
    },
    [change, clear],
  );

  const sorting: SortingState = useMemo(
    () => (state.sortBy ? [{ id: state.sortBy === 'name' ? 'user' : 'status', desc: state.sortOrder === 'desc' }] : []),
    [state.sortBy, state.sortOrder],
  );
  const shown = options.columns ?? directoryColumnIds;
  const table = useReactTable({
    data: pageUsers,
    columns: directoryColumns,
    getRowId: (user) => user.uid,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    rowCount: total,
    state: {
      sorting,
      columnOrder: [...shown],
      columnVisibility: Object.fromEntries(directoryColumnIds.map((id) => [id, shown.includes(id)])),
    },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const [first] = next;
      changeAndClear(
        first
          ? { sortBy: first.id === 'user' ? 'name' : 'status', sortOrder: first.desc ? 'desc' : 'asc' }
          : { sortBy: undefined, sortOrder: 'asc' },
      );
    },
  });

  /** The selected users: those picked, or every page of the query after "select all matching". */
  const selectedUsers = useCallback(async (): Promise<User[]> => {
    if (!selection.selection.allMatching) return [...selection.selection.picked.values()];
    const everyone: User[] = [];
    for (let page = 1; ; page++) {
      const result = await client.listUsers({ ...query, page, limit: PAGE_OF_EVERYONE });
      everyone.push(...result.users);
      if (page >= result.totalPages || result.users.length === 0) return everyone;
    }
  }, [client, query, selection.selection]);

  const runBulk = useCallback(
    async (action: BulkAction) => {
      const outcomes = await bulk.run(action, await selectedUsers());
      if (outcomes.every((outcome) => outcome.ok)) clear();
      return outcomes;
    },
    [bulk, selectedUsers, clear],
  );

  return {
    state,
    defaults,
    change: changeAndClear,
    query,
    users,
    pageUsers,
    total,
    totalPages: Math.max(1, users.data?.totalPages ?? 1),
    table,
    ...selection,
    selectedCount: selection.selection.allMatching ? total : selection.selection.picked.size,
    selectedUsers,
    runBulk,
    bulk: bulk.current,
    dismissBulk: bulk.dismiss,
  };
}
