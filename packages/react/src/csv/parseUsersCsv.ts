import Papa from 'papaparse';

/** A parsed CSV file: its header row and the rows under it, each with its row number as a spreadsheet shows it (the header is row 1). */
export interface ParsedCsv {
  headers: string[];
  rows: { row: number; cells: string[] }[];
}

/** Lets the page paint and handle input between chunks of work. */
export const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads a CSV file (or text) with papaparse in chunks of `chunkSize` bytes, yielding to the page between
 * chunks so a file of 10,000 rows never freezes it. The first row is the header; blank lines are skipped.
 *
 * @example
 * ```ts
 * const { headers, rows } = await parseUsersCsv(input.files[0]);
 * ```
 */
export function parseUsersCsv(
  source: File | Blob | string,
  options: { chunkSize?: number; signal?: AbortSignal } = {},
): Promise<ParsedCsv> {
  const { chunkSize = 64 * 1024, signal } = options;
  return new Promise((resolve, reject) => {
    let headers: string[] | undefined;
    const rows: ParsedCsv['rows'] = [];
    let row = 1;
    const config: Papa.ParseLocalConfig<string[], File> = {
      skipEmptyLines: 'greedy',
      chunkSize,
      chunk: (result, parser) => {
        for (const cells of result.data) {
          if (headers === undefined) headers = cells.map((cell) => cell.trim());
          else rows.push({ row, cells });
          row += 1;
        }
        if (signal?.aborted) {
          parser.abort();
          return;
        }
        parser.pause();
        void yieldToPage().then(() => parser.resume());
      },
      complete: () => (signal?.aborted ? reject(signal.reason) : resolve({ headers: headers ?? [], rows })),
      error: (error: Error) => reject(error),
    };
    // A string is read in chunks too (papaparse's string streamer), so both paths yield to the page alike.
    Papa.parse<string[]>(source as File, config);
  });
}
