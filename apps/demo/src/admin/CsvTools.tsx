import type { ListUsersQuery } from '@profilekit/core';
import { userKeys } from '@profilekit/react';
import { UserCsvExport, UserCsvImport } from '@profilekit/react/csv';
import { useQueryClient } from '@tanstack/react-query';
import type { Theme } from '../theme';

/**
 * CSV export of the users the directory lists (its query: search, filters, deactivated users included) and
 * CSV import, in the directory's `toolbar`.
 */
export default function CsvTools({ query, theme }: { query: ListUsersQuery; theme: Theme }) {
  const queryClient = useQueryClient();
  return (
    <div className="demo-csv">
      <UserCsvExport
        query={query}
        theme={theme}
        columns={['uid', 'name', 'role', 'statusMessage', 'tags', 'metadata', 'createdAt']}
      />
      <UserCsvImport theme={theme} onImported={() => queryClient.invalidateQueries({ queryKey: userKeys.lists() })} />
    </div>
  );
}
