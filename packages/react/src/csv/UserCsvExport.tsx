'use client';

import type { ListUsersQuery } from '@profilekit/core';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import { describeError } from '../messages/describeError';
import type { ThemeProps } from '../theme/KitRoot';
import { UnstyledProvider } from '../theme/UnstyledProvider';
import { usePkClass } from '../theme/usePkClass';
import { CsvProgressBar } from './CsvProgressBar';
import type { CsvMessagesInput } from './csvMessages';
import { downloadBlob } from './downloadBlob';
import { useCsvMessages } from './useCsvMessages';
import type { UserCsvColumn } from './userCsvColumns';
import { useUserCsvExport } from './useUserCsvExport';

/** Props of {@link UserCsvExport}. */
export interface UserCsvExportProps extends ThemeProps {
  /** Which users: the directory's current query (`useUserDirectory().query`); `limit` and `page` are ignored. */
  query: ListUsersQuery;
  /** The columns, in order; default every field. */
  columns?: readonly UserCsvColumn[];
  /** Users per request, 1–1000; default 1000. */
  pageSize?: number;
  /** The downloaded file's name; default `users.csv`. */
  fileName?: string;
  messages?: CsvMessagesInput;
  /** Its language; default: the provider's `locale`, else English. */
  locale?: ProfileKitLocale;
}

/**
 * A button that exports every user matching `query` (all pages, streamed) as a CSV download, with a progress
 * bar and Cancel while it runs; the result is announced. Metadata is written as JSON.
 *
 * @example
 * ```tsx
 * import { UserCsvExport } from '@profilekit/react/csv';
 *
 * <UserDirectory toolbar={({ query }) => <UserCsvExport query={query} columns={['uid', 'name', 'role', 'tags']} />} />
 * ```
 */
export function UserCsvExport(props: UserCsvExportProps) {
  return (
    <UnstyledProvider unstyled={props.unstyled ?? false}>
      <StyledCsvExport {...props} />
    </UnstyledProvider>
  );
}

function StyledCsvExport({
  query,
  columns,
  pageSize,
  fileName = 'users.csv',
  messages: overrides,
  locale: own,
  theme,
  className,
}: UserCsvExportProps) {
  const pk = usePkClass();
  const { locale, messages, formMessages } = useCsvMessages(own, overrides);
  const { state, start, cancel } = useUserCsvExport();
  const run = async () => {
    const blob = await start(query, { ...(columns && { columns }), ...(pageSize && { pageSize }) });
    if (blob) downloadBlob(blob, fileName);
  };
  const said =
    state.status === 'done'
      ? messages.exportDone(state.count)
      : state.status === 'cancelled'
        ? messages.exportCancelled
        : '';
  return (
    <div
      className={pk('pk-root pk-csv-export', className)}
      data-theme={theme}
      lang={locale?.tag}
      dir={locale?.dir}
      data-state={state.status}
    >
      {state.status === 'exporting' ? (
        <CsvProgressBar
          progress={state.progress}
          label={messages.exportProgress(state.progress?.done ?? 0, state.progress?.total ?? 0)}
          cancelLabel={messages.cancel}
          onCancel={cancel}
        />
      ) : (
        <button type="button" className={pk('pk-button pk-button-secondary')} onClick={() => void run()}>
          {messages.exportCsv}
        </button>
      )}
      <div role="status" className={pk('pk-status')} data-empty={said ? undefined : ''}>
        {said}
      </div>
      <div role="alert" className={pk('pk-alert')} data-empty={state.status === 'failed' ? undefined : ''}>
        {state.status === 'failed' ? messages.exportFailed(describeError(state.error, formMessages).message) : ''}
      </div>
    </div>
  );
}
