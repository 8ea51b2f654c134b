import type { ListUsersQuery } from '@profilekit/core';
import { userKeys } from '@profilekit/react';
import { UserCsvExport, UserCsvImport } from '@profilekit/react/csv';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useDemoMessages } from '../i18n/useDemoMessages';
import type { Theme } from '../theme';

/**
 * The directory's `toolbar`: one compact row with the CSV export of the users the directory matches (its
 * search and filters, every page) and an "Import CSV" button that shows or hides the import below the row.
 * The import stays mounted while hidden, so closing it mid-way loses nothing.
 */
export default function CsvTools({ query, theme }: { query: ListUsersQuery; theme: Theme }) {
  const queryClient = useQueryClient();
  const t = useDemoMessages();
  const id = useId();
  const [importing, setImporting] = useState(false);
  return (
    <section className="demo-csv" aria-label={t.csvTools}>
      <div className="demo-csv-row">
        <UserCsvExport
          query={query}
          theme={theme}
          columns={['uid', 'name', 'role', 'statusMessage', 'tags', 'metadata', 'createdAt']}
        />
        <button
          type="button"
          className="demo-button demo-csv-toggle"
          aria-expanded={importing}
          aria-controls={`${id}-import`}
          onClick={() => setImporting((open) => !open)}
        >
          {t.importCsv}
        </button>
      </div>
      <div id={`${id}-import`} className="demo-csv-import" hidden={!importing}>
        <UserCsvImport theme={theme} onImported={() => queryClient.invalidateQueries({ queryKey: userKeys.lists() })} />
      </div>
    </section>
  );
}
