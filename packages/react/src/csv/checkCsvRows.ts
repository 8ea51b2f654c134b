import { type CreateUserInput, type FieldErrors, normalizeUid, validateUserInput } from '@profilekit/core';
import type { CsvFieldMapping } from './csvFieldMapping';
import { csvRowToUser } from './csvRowToUser';
import { type ParsedCsv, yieldToPage } from './parseUsersCsv';

/** A row the dry run refused: where it is, its uid as written, and each field's problems. */
export interface CsvRowError {
  row: number;
  uid: string;
  details: FieldErrors;
}

/** What a dry run found: the users ready to send, and the rows refused. */
export interface CsvCheck {
  valid: { row: number; user: CreateUserInput }[];
  invalid: CsvRowError[];
}

/**
 * The dry run of an import: every row through the mapping and the policy table's `create` rules
 * (`validateUserInput`), in slices of `sliceSize` rows with the page free between them. A uid repeated in the
 * file (CometChat compares uids without case) is refused on its later rows with `repeatedUid(firstRow)`.
 * Nothing is sent.
 *
 * @example
 * ```ts
 * const { valid, invalid } = await checkCsvRows(parsed, autoMapCsvColumns(parsed.headers));
 * ```
 */
export async function checkCsvRows(
  parsed: ParsedCsv,
  mapping: CsvFieldMapping,
  options: { repeatedUid?: (firstRow: number) => string; sliceSize?: number; signal?: AbortSignal } = {},
): Promise<CsvCheck> {
  const { repeatedUid = (first) => `Repeats the UID of row ${first}`, sliceSize = 500, signal } = options;
  const check: CsvCheck = { valid: [], invalid: [] };
  const firstRowOf = new Map<string, number>();
  for (const [index, { row, cells }] of parsed.rows.entries()) {
    if (index > 0 && index % sliceSize === 0) {
      await yieldToPage();
      signal?.throwIfAborted();
    }
    const draft = csvRowToUser(cells, mapping);
    const uid = typeof draft.uid === 'string' ? draft.uid : '';
    const result = validateUserInput('create', draft);
    if (!result.success) {
      check.invalid.push({ row, uid, details: result.details });
      continue;
    }
    const key = normalizeUid(result.data.uid);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      check.invalid.push({ row, uid, details: { uid: [repeatedUid(first)] } });
      continue;
    }
    firstRowOf.set(key, row);
    check.valid.push({ row, user: result.data });
  }
  return check;
}
