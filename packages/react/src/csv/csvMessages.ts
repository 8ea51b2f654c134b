/** Every text of `UserCsvExport` and `UserCsvImport`; each language of the kit has them all. */
export interface CsvMessages {
  exportCsv: string;
  exportProgress: (done: number, total: number) => string;
  exportDone: (count: number) => string;
  exportCancelled: string;
  exportFailed: (message: string) => string;
  cancel: string;
  importTitle: string;
  chooseFile: string;
  fileHint: string;
  reading: string;
  emptyFile: string;
  mappingTitle: string;
  notImported: string;
  mappingRequired: string;
  checkRows: (count: number) => string;
  checking: string;
  checkResult: (valid: number, invalid: number) => string;
  errorsTitle: string;
  rowHeader: string;
  uidHeader: string;
  problemHeader: string;
  repeatedUid: (row: number) => string;
  moreErrors: (count: number) => string;
  importRows: (count: number) => string;
  importProgress: (done: number, total: number) => string;
  importDone: (created: number, exists: number, failed: number) => string;
  importStopped: (message: string) => string;
  retryImport: string;
  downloadErrors: string;
  chooseAnother: string;
}

/** Your overrides of some {@link CsvMessages}. */
export type CsvMessagesInput = Partial<CsvMessages>;
