'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileKitHookOptions } from '../hooks/useProfileKit';
import { useProfileKit } from '../hooks/useProfileKit';
import { type CsvCheck, checkCsvRows } from './checkCsvRows';
import { csvErrorReport } from './csvErrorReport';
import { autoMapCsvColumns, type CsvFieldMapping } from './csvFieldMapping';
import type { CsvProgress } from './exportUsersCsv';
import { type BulkCreateClient, type ImportedRow, importUsersInBatches } from './importUsersInBatches';
import { type ParsedCsv, parseUsersCsv } from './parseUsersCsv';

/**
 * Where an import is: `reading` the file → `mapping` columns to fields → `checking` (the dry run) →
 * `checked` → `importing` → `imported`, or `stopped` (an error or a cancel: `startImport()` again goes on).
 */
export type UserCsvImportPhase =
  | 'idle'
  | 'reading'
  | 'mapping'
  | 'checking'
  | 'checked'
  | 'importing'
  | 'imported'
  | 'stopped';

/** Options of {@link useUserCsvImport}. */
export interface UseUserCsvImportOptions extends ProfileKitHookOptions {
  /** The dry run's message for a uid repeated in the file. */
  repeatedUid?: (firstRow: number) => string;
  /** Called once every row was answered. */
  onImported?: (outcomes: ImportedRow[]) => void;
}

const isDone = (outcome: ImportedRow | undefined) => outcome?.status === 'created' || outcome?.status === 'exists';

function requireBulkClient(client: object): BulkCreateClient {
  if (typeof (client as Partial<BulkCreateClient>).createUsers === 'function') return client as BulkCreateClient;
  throw new Error(
    "profilekit: useUserCsvImport needs a client with createUsers(users), and the provider's client has none. " +
      'Pass the client composed with createBackendClient: users are created on your backend (POST /users/bulk).',
  );
}

/**
 * Headless CSV import: choose a file (parsed in chunks), map its columns to fields (auto-mapped by header),
 * run the dry run (every row through the policy table's `create` rules; nothing sent), then import the valid
 * rows in batches through `POST /users/bulk` with progress. A stopped import resumes: rows already created or
 * existing are not sent again, and the server answers `exists` for any it has. `errorReport()` is a CSV of
 * every refused row.
 *
 * @example
 * ```tsx
 * const csv = useUserCsvImport({ onImported: () => queryClient.invalidateQueries({ queryKey: userKeys.lists() }) });
 * <input type="file" accept=".csv,text/csv" onChange={(event) => csv.chooseFile(event.target.files![0]!)} />
 * <button onClick={csv.runDryRun}>Check</button> {csv.check?.invalid.length} errors
 * <button onClick={csv.startImport}>Import</button> {csv.progress?.done} / {csv.progress?.total}
 * ```
 */
export function useUserCsvImport(options: UseUserCsvImportOptions = {}) {
  const { client } = useProfileKit(options);
  const [phase, setPhase] = useState<UserCsvImportPhase>('idle');
  const [parsed, setParsed] = useState<ParsedCsv>();
  const [mapping, setMapping] = useState<CsvFieldMapping>({});
  const [check, setCheck] = useState<CsvCheck>();
  const [outcomes, setOutcomes] = useState<ReadonlyMap<number, ImportedRow>>(new Map());
  const [progress, setProgress] = useState<CsvProgress>();
  const [error, setError] = useState<unknown>();
  const running = useRef<AbortController | undefined>(undefined);
  const latest = useRef({ options, outcomes });
  latest.current = { options, outcomes };
  useEffect(() => () => running.current?.abort(), []);

  const begin = useCallback(() => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setError(undefined);
    return controller;
  }, []);

  const chooseFile = useCallback(
    async (file: File | Blob | string) => {
      const controller = begin();
      setPhase('reading');
      setCheck(undefined);
      setOutcomes(new Map());
      setProgress(undefined);
      try {
        const result = await parseUsersCsv(file, { signal: controller.signal });
        setParsed(result);
        setMapping(autoMapCsvColumns(result.headers));
        setPhase('mapping');
      } catch (failure) {
        if (!controller.signal.aborted) {
          setError(failure);
          setPhase('idle');
        }
      }
    },
    [begin],
  );

  const changeMapping = useCallback((next: CsvFieldMapping) => {
    setMapping(next);
    setCheck(undefined);
    setPhase((current) => (current === 'checked' ? 'mapping' : current));
  }, []);

  const runDryRun = useCallback(async () => {
    if (!parsed) return;
    const controller = begin();
    setPhase('checking');
    try {
      const { repeatedUid } = latest.current.options;
      setCheck(await checkCsvRows(parsed, mapping, { signal: controller.signal, ...(repeatedUid && { repeatedUid }) }));
      setPhase('checked');
    } catch (failure) {
      if (!controller.signal.aborted) setError(failure);
      setPhase('mapping');
    }
  }, [parsed, mapping, begin]);

  const startImport = useCallback(async () => {
    if (!check) return;
    const bulk = requireBulkClient(client);
    const controller = begin();
    const known = new Map(latest.current.outcomes);
    const pending = check.valid.filter(({ row }) => !isDone(known.get(row)));
    setPhase('importing');
    const already = check.valid.length - pending.length;
    setProgress({ done: already, total: check.valid.length });
    try {
      await importUsersInBatches(bulk, pending, {
        signal: controller.signal,
        onBatch: (rows, { done }) => {
          for (const row of rows) known.set(row.row, row);
          setOutcomes(new Map(known));
          setProgress({ done: already + done, total: check.valid.length });
        },
      });
      setPhase('imported');
      latest.current.options.onImported?.([...known.values()]);
    } catch (failure) {
      if (!controller.signal.aborted) setError(failure);
      setPhase('stopped');
    }
  }, [check, client, begin]);

  const cancel = useCallback(() => running.current?.abort(), []);

  const reset = useCallback(() => {
    running.current?.abort();
    setPhase('idle');
    setParsed(undefined);
    setMapping({});
    setCheck(undefined);
    setOutcomes(new Map());
    setProgress(undefined);
    setError(undefined);
  }, []);

  /** Every row refused by the dry run or by the server, as a downloadable CSV. */
  const errorReport = useCallback(() => {
    const refused = [...outcomes.values()].filter((row) => row.status === 'invalid' || row.status === 'failed');
    return csvErrorReport([...(check?.invalid.map((row) => ({ ...row, status: 'invalid' })) ?? []), ...refused]);
  }, [check, outcomes]);

  return {
    phase,
    /** The file's header row and its rows. */
    parsed,
    mapping,
    setMapping: changeMapping,
    /** The dry run's result: rows ready to send, and rows refused with each field's problems. */
    check,
    /** What became of each row sent so far, by its row number. */
    outcomes,
    progress,
    /** Why the last step stopped (a parse error, a refused request); `undefined` after a cancel. */
    error,
    chooseFile,
    runDryRun,
    startImport,
    cancel,
    reset,
    errorReport,
  };
}
