import { useId } from 'react';
import { usePkClass } from '../theme/usePkClass';
import { type CsvReportRow, describeRowProblems } from './csvErrorReport';
import type { CsvMessages } from './csvMessages';

/** How many refused rows the table shows; the error report has them all. */
const SHOWN = 50;

/** The refused rows as a table (row, uid, problem), the first {@link SHOWN} of them. */
export function CsvRowErrors({ rows, messages }: { rows: readonly CsvReportRow[]; messages: CsvMessages }) {
  const pk = usePkClass();
  const id = useId();
  if (rows.length === 0) return null;
  return (
    <div className={pk('pk-csv-errors')}>
      <table className={pk('pk-table')} aria-labelledby={`${id}-caption`}>
        <caption id={`${id}-caption`}>{messages.errorsTitle}</caption>
        <thead>
          <tr>
            <th scope="col">{messages.rowHeader}</th>
            <th scope="col">{messages.uidHeader}</th>
            <th scope="col">{messages.problemHeader}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr key={row.row} data-row={row.row}>
              <td>{row.row}</td>
              <td>{row.uid}</td>
              <td>{describeRowProblems(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > SHOWN && <p className={pk('pk-hint')}>{messages.moreErrors(rows.length - SHOWN)}</p>}
    </div>
  );
}
