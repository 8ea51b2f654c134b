import type { ListUsersQuery, UserClient } from '@profilekit/core';
import { userKeys } from '@profilekit/react';
import { downloadBlob, exportUsersCsv, UserCsvExport, UserCsvImport } from '@profilekit/react/csv';
import { UserDirectory } from '@profilekit/react/directory';
import { useQueryClient } from '@tanstack/react-query';
import '@profilekit/react/styles.css';

// Drop-in: in the directory's toolbar, export what it lists (its query, every page) and import a file.
// The provider's client must be composed with createBackendClient: users are created by POST /users/bulk.
export function AdminUsersPage() {
  const queryClient = useQueryClient();
  return (
    <UserDirectory
      defaults={{ deactivated: 'include' }}
      toolbar={(directory) => (
        <>
          <UserCsvExport query={directory.query} columns={['uid', 'name', 'role', 'tags', 'metadata', 'createdAt']} />
          <UserCsvImport onImported={() => queryClient.invalidateQueries({ queryKey: userKeys.lists() })} />
        </>
      )}
    />
  );
}

// Headless: a nightly export for support, with progress and a way to stop it.
export async function exportModerators(client: UserClient, signal: AbortSignal) {
  const query: ListUsersQuery = { roles: ['moderator'], withDeactivated: true };
  const csv = await exportUsersCsv(client, query, {
    columns: ['uid', 'name', 'lastActiveAt'],
    signal,
    onProgress: ({ done, total }) => console.log(`${done} of ${total}`),
  });
  downloadBlob(csv, 'moderators.csv');
}
