import { useId } from 'react';
import { usePkClass } from '../theme/usePkClass';
import { type CsvFieldMapping, importableFields } from './csvFieldMapping';
import type { CsvMessages } from './csvMessages';

/** One select per field, listing the file's columns: which column fills the field, or none. */
export function CsvColumnMapping({
  headers,
  mapping,
  onChange,
  messages,
}: {
  headers: readonly string[];
  mapping: CsvFieldMapping;
  onChange: (mapping: CsvFieldMapping) => void;
  messages: CsvMessages;
}) {
  const pk = usePkClass();
  const id = useId();
  return (
    <fieldset className={pk('pk-csv-mapping')}>
      <legend className={pk('pk-label')}>{messages.mappingTitle}</legend>
      {importableFields.map((field) => (
        <div key={field} className={pk('pk-csv-mapping-row')}>
          <label htmlFor={`${id}-${field}`} className={pk('pk-label')}>
            <code>{field}</code>
          </label>
          <select
            id={`${id}-${field}`}
            className={pk('pk-input')}
            value={mapping[field] === undefined ? '' : String(mapping[field])}
            onChange={(event) => {
              const next = { ...mapping };
              if (event.target.value === '') delete next[field];
              else next[field] = Number(event.target.value);
              onChange(next);
            }}
          >
            <option value="">{messages.notImported}</option>
            {headers.map((header, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns are identified by position; headers may repeat
              <option key={index} value={index}>
                {header || `#${index + 1}`}
              </option>
            ))}
          </select>
        </div>
      ))}
    </fieldset>
  );
}
