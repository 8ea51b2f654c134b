'use client';

import { useId, useMemo } from 'react';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import { describeError } from '../messages/describeError';
import type { ThemeProps } from '../theme/KitRoot';
import { UnstyledProvider } from '../theme/UnstyledProvider';
import { usePkClass } from '../theme/usePkClass';
import { CsvColumnMapping } from './CsvColumnMapping';
import { CsvProgressBar } from './CsvProgressBar';
import { CsvRowErrors } from './CsvRowErrors';
import type { CsvMessagesInput } from './csvMessages';
import { downloadBlob } from './downloadBlob';
import type { ImportedRow } from './importUsersInBatches';
import { useCsvMessages } from './useCsvMessages';
import { useUserCsvImport } from './useUserCsvImport';

/** Props of {@link UserCsvImport}. */
export interface UserCsvImportProps extends ThemeProps {
  /** Called once every row was answered, with each row's outcome (e.g. refetch your lists). */
  onImported?: (outcomes: ImportedRow[]) => void;
  messages?: CsvMessagesInput;
  /** Its language; default: the provider's `locale`, else English. */
  locale?: ProfileKitLocale;
}

/**
 * Imports users from a CSV file: choose the file → match its columns to fields (auto-mapped by header) → a dry
 * run checks every row with the policy table's `create` rules and lists the refused ones → import in batches
 * with progress and Cancel; a stopped import resumes where it stopped, and an error report CSV is offered.
 * Needs the client composed with `createBackendClient` (users are created by your backend, `POST /users/bulk`).
 *
 * @example
 * ```tsx
 * import { UserCsvImport } from '@profilekit/react/csv';
 *
 * const queryClient = useQueryClient();
 * <UserCsvImport onImported={() => queryClient.invalidateQueries({ queryKey: userKeys.lists() })} />
 * ```
 */
export function UserCsvImport(props: UserCsvImportProps) {
  return (
    <UnstyledProvider unstyled={props.unstyled ?? false}>
      <StyledCsvImport {...props} />
    </UnstyledProvider>
  );
}

function StyledCsvImport({ onImported, messages: overrides, locale: own, theme, className }: UserCsvImportProps) {
  const pk = usePkClass();
  const id = useId();
  const { locale, messages, formMessages } = useCsvMessages(own, overrides);
  const csv = useUserCsvImport({ repeatedUid: messages.repeatedUid, ...(onImported && { onImported }) });
  const { phase, parsed, check, outcomes, progress } = csv;
  const refused = useMemo(
    () => [
      ...(check?.invalid ?? []).map((row) => ({ ...row, status: 'invalid' })),
      ...[...outcomes.values()].filter((row) => row.status === 'invalid' || row.status === 'failed'),
    ],
    [check, outcomes],
  );
  const counts = useMemo(() => {
    const count = (status: ImportedRow['status']) =>
      [...outcomes.values()].filter((row) => row.status === status).length;
    return { created: count('created'), exists: count('exists'), failed: count('failed') + count('invalid') };
  }, [outcomes]);
  const ready = parsed && csv.mapping.uid !== undefined && csv.mapping.name !== undefined;
  const busy = phase === 'reading' || phase === 'checking' || phase === 'importing';
  const said =
    phase === 'reading'
      ? messages.reading
      : phase === 'checking'
        ? messages.checking
        : phase === 'imported'
          ? messages.importDone(counts.created, counts.exists, counts.failed)
          : check && phase === 'checked'
            ? messages.checkResult(check.valid.length, check.invalid.length)
            : '';
  const problem =
    csv.error !== undefined
      ? phase === 'stopped'
        ? messages.importStopped(describeError(csv.error, formMessages).message)
        : describeError(csv.error, formMessages).message
      : parsed && parsed.rows.length === 0
        ? messages.emptyFile
        : '';

  return (
    <section
      aria-labelledby={`${id}-title`}
      className={pk('pk-root pk-csv-import', className)}
      data-theme={theme}
      lang={locale?.tag}
      dir={locale?.dir}
      data-phase={phase}
    >
      <h2 id={`${id}-title`} className={pk('pk-csv-title')}>
        {messages.importTitle}
      </h2>
      {phase === 'idle' || phase === 'reading' ? (
        <div className={pk('pk-field')}>
          <label htmlFor={`${id}-file`} className={pk('pk-label')}>
            {messages.chooseFile}
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".csv,text/csv"
            className={pk('pk-input')}
            aria-describedby={`${id}-file-hint`}
            disabled={phase === 'reading'}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void csv.chooseFile(file);
            }}
          />
          <p id={`${id}-file-hint`} className={pk('pk-hint')}>
            {messages.fileHint}
          </p>
        </div>
      ) : (
        <div className={pk('pk-actions')}>
          <button type="button" className={pk('pk-button pk-button-link')} onClick={csv.reset} disabled={busy}>
            {messages.chooseAnother}
          </button>
        </div>
      )}
      {parsed && (phase === 'mapping' || phase === 'checking' || phase === 'checked') && (
        <>
          <CsvColumnMapping
            headers={parsed.headers}
            mapping={csv.mapping}
            onChange={csv.setMapping}
            messages={messages}
          />
          {!ready && <p className={pk('pk-hint')}>{messages.mappingRequired}</p>}
          <div className={pk('pk-actions')}>
            <button
              type="button"
              className={pk(phase === 'checked' ? 'pk-button pk-button-secondary' : 'pk-button pk-button-primary')}
              aria-disabled={!ready || busy || undefined}
              onClick={() => ready && !busy && void csv.runDryRun()}
            >
              {messages.checkRows(parsed.rows.length)}
            </button>
            {check && phase === 'checked' && check.valid.length > 0 && (
              <button
                type="button"
                className={pk('pk-button pk-button-primary')}
                onClick={() => void csv.startImport()}
              >
                {messages.importRows(check.valid.length)}
              </button>
            )}
          </div>
        </>
      )}
      {phase === 'importing' && (
        <CsvProgressBar
          progress={progress}
          label={messages.importProgress(progress?.done ?? 0, progress?.total ?? 0)}
          cancelLabel={messages.cancel}
          onCancel={csv.cancel}
        />
      )}
      {phase === 'stopped' && (
        <div className={pk('pk-actions')}>
          <button type="button" className={pk('pk-button pk-button-primary')} onClick={() => void csv.startImport()}>
            {messages.retryImport}
          </button>
        </div>
      )}
      <div role="status" className={pk('pk-status')} data-empty={said ? undefined : ''}>
        {said}
      </div>
      <div role="alert" className={pk('pk-alert')} data-empty={problem ? undefined : ''}>
        {problem}
      </div>
      {(phase === 'checked' || phase === 'imported' || phase === 'stopped') && refused.length > 0 && (
        <>
          <CsvRowErrors rows={refused} messages={messages} />
          <div className={pk('pk-actions')}>
            <button
              type="button"
              className={pk('pk-button pk-button-secondary')}
              onClick={() => downloadBlob(csv.errorReport(), 'import-errors.csv')}
            >
              {messages.downloadErrors}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
