'use client';

import type { ListUsersQuery } from '@profilekit/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProfileKitHookOptions } from '../hooks/useProfileKit';
import { useProfileKit } from '../hooks/useProfileKit';
import { type CsvProgress, exportUsersCsv } from './exportUsersCsv';
import type { UserCsvColumn } from './userCsvColumns';

/** Where an export is: not started, running (with progress), finished, cancelled or failed. */
export type UserCsvExportState =
  | { status: 'idle' }
  | { status: 'exporting'; progress?: CsvProgress }
  | { status: 'done'; count: number; blob: Blob }
  | { status: 'cancelled' }
  | { status: 'failed'; error: unknown };

/**
 * Headless CSV export with the provider's client: `start(query, { columns, pageSize })` streams every matching user (all
 * pages) into a Blob, with progress; `cancel()` stops it. The component `UserCsvExport` adds the button,
 * the progress bar and the download.
 *
 * @example
 * ```tsx
 * const csv = useUserCsvExport();
 * const blob = await csv.start({ searchKeyword: 'kev' }, { columns: ['uid', 'name'] });
 * if (blob) downloadBlob(blob, 'users.csv');
 * ```
 */
export function useUserCsvExport(options: ProfileKitHookOptions = {}) {
  const { client } = useProfileKit(options);
  const [state, setState] = useState<UserCsvExportState>({ status: 'idle' });
  const running = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    async (
      query: ListUsersQuery,
      { columns, pageSize }: { columns?: readonly UserCsvColumn[]; pageSize?: number } = {},
    ): Promise<Blob | undefined> => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setState({ status: 'exporting' });
      let count = 0;
      try {
        const blob = await exportUsersCsv(client, query, {
          ...(columns && { columns }),
          ...(pageSize && { pageSize }),
          signal: controller.signal,
          onProgress: (progress) => {
            count = progress.done;
            if (!controller.signal.aborted) setState({ status: 'exporting', progress });
          },
        });
        setState({ status: 'done', count, blob });
        return blob;
      } catch (error) {
        setState(controller.signal.aborted ? { status: 'cancelled' } : { status: 'failed', error });
        return undefined;
      } finally {
        if (running.current === controller) running.current = undefined;
      }
    },
    [client],
  );
  const cancel = useCallback(() => running.current?.abort(), []);
  return { state, start, cancel };
}
