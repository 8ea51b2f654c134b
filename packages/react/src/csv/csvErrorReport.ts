import type { FieldErrors } from '@profilekit/core';
import Papa from 'papaparse';

/** One line of an error report: where, which uid, and why. */
export interface CsvReportRow {
  row: number;
  uid: string;
  status: string;
  details?: FieldErrors;
  message?: string;
}

/** `field: message; field: message`, the way a report cell and the error table say it. */
export const describeRowProblems = ({ details, message }: Pick<CsvReportRow, 'details' | 'message'>): string =>
  [
    ...Object.entries(details ?? {}).flatMap(([field, messages]) =>
      (messages ?? []).map((text) => `${field}: ${text}`),
    ),
    ...(message ? [message] : []),
  ].join('; ');

/**
 * The downloadable error report of an import: `row,uid,status,field,message` per problem, so a person can
 * fix the file and import it again (rows already created are skipped then).
 *
 * @example
 * ```ts
 * const report = csvErrorReport(outcomes.filter((row) => row.status === 'invalid' || row.status === 'failed'));
 * ```
 */
export function csvErrorReport(rows: readonly CsvReportRow[]): Blob {
  const lines: string[][] = [['row', 'uid', 'status', 'field', 'message']];
  for (const { row, uid, status, details, message } of rows) {
    const fields = Object.entries(details ?? {});
    for (const [field, messages] of fields)
      for (const text of messages ?? []) lines.push([String(row), uid, status, field, text]);
    if (message || fields.length === 0) lines.push([String(row), uid, status, '', message ?? '']);
  }
  return new Blob([`${Papa.unparse(lines, { escapeFormulae: true, newline: '\r\n' })}\r\n`], {
    type: 'text/csv;charset=utf-8',
  });
}
