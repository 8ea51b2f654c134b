/**
 * The user directory's strings (`UserDirectory`: search, filters, table, selection, bulk actions). They are
 * keys of a locale's messages like any other; their English loads with `@profilekit/react/directory`, so a
 * profile page never ships them.
 */
export interface DirectoryMessages {
  directoryTitle: string;
  directorySearch: string;
  directorySearchHint: string;
  directoryFilters: string;
  directoryAllRoles: string;
  directoryRole: string;
  directoryStatus: string;
  directoryAnyStatus: string;
  directoryTags: string;
  directoryTagsHint: string;
  directoryDeactivated: string;
  /** A deactivated user's status. */
  directoryDeactivatedBadge: string;
  directoryHideDeactivated: string;
  directoryIncludeDeactivated: string;
  directoryOnlyDeactivated: string;
  directoryPageSize: string;
  directoryCreated: string;
  directoryUser: string;
  directoryLoading: string;
  directoryEmpty: string;
  directoryNoMatch: (search: string) => string;
  directoryLoadFailed: (message: string) => string;
  directoryPage: (page: number, pages: number, total: number) => string;
  directoryPrevious: string;
  directoryNext: string;
  directoryPages: string;
  directoryOpenUser: (name: string, uid: string) => string;
  directorySelectUser: (name: string) => string;
  directorySelectPage: string;
  directorySelected: (count: number) => string;
  directorySelectAllMatching: (total: number) => string;
  directoryClearSelection: string;
  directoryBulkActions: string;
  directoryChangeRole: string;
  directoryApplyRole: string;
  directoryTag: string;
  directoryAddTag: string;
  directoryRemoveTag: string;
  directoryBulkDeleteTitle: (count: number) => string;
  directoryBulkDeleteDescription: string;
  directoryBulkDeleteConfirm: (count: number) => string;
  directoryProgress: (done: number, total: number) => string;
  directoryBulkDone: (succeeded: number) => string;
  directoryBulkPartial: (failed: number, total: number) => string;
  directoryBulkResults: string;
  directoryClosePanel: string;
  directoryEditUser: (name: string) => string;
  directoryUserDeactivated: string;
}

/** profilekit's English for the user directory. */
export const englishDirectoryMessages: DirectoryMessages = {
  directoryTitle: 'Users',
  directorySearch: 'Search users',
  directorySearchHint: 'A UID or a name that starts with these letters.',
  directoryFilters: 'Filters',
  directoryAllRoles: 'All roles',
  directoryRole: 'Role',
  directoryStatus: 'Status',
  directoryAnyStatus: 'Any status',
  directoryTags: 'Tags',
  directoryTagsHint: 'Comma-separated',
  directoryDeactivated: 'Deactivated users',
  directoryDeactivatedBadge: 'Deactivated',
  directoryHideDeactivated: 'Hide',
  directoryIncludeDeactivated: 'Include',
  directoryOnlyDeactivated: 'Only',
  directoryPageSize: 'Per page',
  directoryCreated: 'Created',
  directoryUser: 'User',
  directoryLoading: 'Loading users…',
  directoryEmpty: 'No users yet.',
  directoryNoMatch: (search) => `No user matches “${search}”.`,
  directoryLoadFailed: (message) => `Could not load users: ${message}`,
  directoryPage: (page, pages, total) => `Page ${page} of ${pages} · ${total} ${total === 1 ? 'user' : 'users'}`,
  directoryPrevious: 'Previous',
  directoryNext: 'Next',
  directoryPages: 'Pages',
  directoryOpenUser: (name, uid) => `Edit ${name} (${uid})`,
  directorySelectUser: (name) => `Select ${name}`,
  directorySelectPage: 'Select every user on this page',
  directorySelected: (count) => `${count} ${count === 1 ? 'user' : 'users'} selected`,
  directorySelectAllMatching: (total) => `Select all ${total} matching`,
  directoryClearSelection: 'Clear selection',
  directoryBulkActions: 'Actions on the selected users',
  directoryChangeRole: 'New role',
  directoryApplyRole: 'Change role',
  directoryTag: 'Tag',
  directoryAddTag: 'Add tag',
  directoryRemoveTag: 'Remove tag',
  directoryBulkDeleteTitle: (count) => `Delete ${count} ${count === 1 ? 'user' : 'users'}?`,
  directoryBulkDeleteDescription:
    'They can no longer log in or chat. Their UIDs stay taken: a reactivation brings them back.',
  directoryBulkDeleteConfirm: (count) => `Delete ${count} ${count === 1 ? 'user' : 'users'}`,
  directoryProgress: (done, total) => `${done} of ${total} done`,
  directoryBulkDone: (succeeded) => `Done: ${succeeded} ${succeeded === 1 ? 'user' : 'users'} updated.`,
  directoryBulkPartial: (failed, total) => `${failed} of ${total} could not be changed:`,
  directoryBulkResults: 'Users that could not be changed',
  directoryClosePanel: 'Close',
  directoryEditUser: (name) => `Edit ${name}`,
  directoryUserDeactivated: 'A deactivated user cannot be edited: reactivate them first.',
};
