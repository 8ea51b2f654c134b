// @profilekit/react/csv: CSV export and import of users. Its own entry so papaparse and these components load
// only on the pages that use them (an admin screen), never with the profile page.

export { type CsvCheck, type CsvRowError, checkCsvRows } from './csv/checkCsvRows';
export { type CsvReportRow, csvErrorReport } from './csv/csvErrorReport';
export {
  autoMapCsvColumns,
  type CsvFieldMapping,
  type ImportableField,
  importableFields,
} from './csv/csvFieldMapping';
export { csvMessagesByTag } from './csv/csvLocales';
export type { CsvMessages, CsvMessagesInput } from './csv/csvMessages';
export { csvRowToUser } from './csv/csvRowToUser';
export { downloadBlob } from './csv/downloadBlob';
export { type CsvProgress, type ExportUsersCsvOptions, exportUsersCsv, usersCsvChunks } from './csv/exportUsersCsv';
export {
  type BulkCreateClient,
  type ImportedRow,
  type ImportUsersOptions,
  importUsersInBatches,
} from './csv/importUsersInBatches';
export { type ParsedCsv, parseUsersCsv } from './csv/parseUsersCsv';
export { UserCsvExport, type UserCsvExportProps } from './csv/UserCsvExport';
export { UserCsvImport, type UserCsvImportProps } from './csv/UserCsvImport';
export { defaultUserCsvColumns, type UserCsvColumn, userCsvCell } from './csv/userCsvColumns';
export { type UserCsvExportState, useUserCsvExport } from './csv/useUserCsvExport';
export { type UserCsvImportPhase, type UseUserCsvImportOptions, useUserCsvImport } from './csv/useUserCsvImport';
