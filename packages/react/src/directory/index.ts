// @profilekit/react/directory: the admin's user directory, an entry of its own so a profile page never loads it.
export { BULK_BATCH_SIZE, type BulkAction, type BulkOutcome } from './bulkActions';
export { type DirectoryColumnId, directoryColumnIds } from './directoryColumns';
export { type DirectoryMessages, englishDirectoryMessages } from './directoryMessages';
export { type DirectoryRouter, memoryRouter, searchParamsRouter } from './directoryRouter';
export { type DeactivatedFilter, type DirectoryState, directoryQuery, initialDirectoryState } from './directoryState';
export { UserDirectory, type UserDirectoryProps } from './UserDirectory';
export { type BulkRun, useBulkUserAction } from './useBulkUserAction';
export type { DirectorySelection } from './useDirectorySelection';
export { type UserDirectoryApi, type UseUserDirectoryOptions, useUserDirectory } from './useUserDirectory';
