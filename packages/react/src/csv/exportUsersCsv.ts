import type { ListUsersQuery, UserClient } from '@profilekit/core';
import Papa from 'papaparse';
import { defaultUserCsvColumns, type UserCsvColumn, userCsvCell } from './userCsvColumns';

/** How far an export or import got: `done` of `total` (`total` as the server counted when it started). */
export interface CsvProgress {
  done: number;
  total: number;
}

/** Options of {@link exportUsersCsv} and {@link usersCsvChunks}. */
export interface ExportUsersCsvOptions {
  /** The columns, in order; default {@link defaultUserCsvColumns}. */
  columns?: readonly UserCsvColumn[];
  /** Stops the export (the promise rejects with the signal's reason). */
  signal?: AbortSignal;
  /** Called after each page. */
  onProgress?: (progress: CsvProgress) => void;
  /** Users per request, 1–1000 (CometChat's most); default 1000. */
  pageSize?: number;
}

/**
 * Every user matching `query`, page after page, as CSV text chunks: the header line, then one chunk per page.
 * Only one page is held at a time. Cells are quoted as RFC 4180 wants, and a cell starting with `=`, `+`, `-`,
 * `@`, tab or carriage return is prefixed with `'` so a spreadsheet never runs it as a formula.
 */
export async function* usersCsvChunks(
  client: Pick<UserClient, 'listUsers'>,
  query: ListUsersQuery,
  options: ExportUsersCsvOptions = {},
): AsyncGenerator<string> {
  const { columns = defaultUserCsvColumns, signal, onProgress, pageSize = 1000 } = options;
  const line = (cells: string[][]) => Papa.unparse(cells, { escapeFormulae: true, newline: '\r\n' });
  yield `${line([[...columns]])}\r\n`;
  let done = 0;
  for (let page = 1; ; page += 1) {
    signal?.throwIfAborted();
    const result = await client.listUsers({ ...query, limit: pageSize, page }, { signal });
    if (result.users.length > 0) {
      yield `${line(result.users.map((user) => columns.map((column) => userCsvCell(user, column))))}\r\n`;
    }
    done += result.users.length;
    onProgress?.({ done, total: Math.max(result.total, done) });
    if (result.users.length === 0 || page >= result.totalPages) return;
  }
}

/**
 * Exports every user matching a `ListUsersQuery` (all pages) as a CSV `Blob`: each page becomes a Blob part as
 * it arrives, so a browser keeps 100,000 users out of the JavaScript heap. Metadata is written as JSON, tags
 * as `a;b`, timestamps as ISO 8601. Needs a client whose `listUsers` sees what you want exported (an admin
 * client for deactivated users).
 *
 * @example
 * ```ts
 * const controller = new AbortController();
 * const csv = await exportUsersCsv(client, { roles: ['moderator'] }, {
 *   columns: ['uid', 'name', 'role', 'metadata'],
 *   signal: controller.signal,
 *   onProgress: ({ done, total }) => setPercent(Math.round((done / total) * 100)),
 * });
 * downloadBlob(csv, 'moderators.csv');
 * ```
 */
export async function exportUsersCsv(
  client: Pick<UserClient, 'listUsers'>,
  query: ListUsersQuery,
  options: ExportUsersCsvOptions = {},
): Promise<Blob> {
  const parts: Blob[] = [];
  for await (const chunk of usersCsvChunks(client, query, options)) parts.push(new Blob([chunk]));
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
