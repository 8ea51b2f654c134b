import type { CsvFieldMapping, ImportableField } from './csvFieldMapping';

/** A cell an export protected from spreadsheets (`'=…`, `'+…`, `'-…`, `'@…`) loses its `'` again. */
const unprotect = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);

function tagsOf(cell: string): unknown {
  if (cell.startsWith('[')) {
    try {
      return JSON.parse(cell);
    } catch {
      return cell; // refused by the tags rule, named on the row
    }
  }
  return cell
    .split(';')
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

function metadataOf(cell: string): unknown {
  try {
    return JSON.parse(cell);
  } catch {
    return cell; // not JSON: the metadata rule refuses it, naming the field
  }
}

/**
 * The user a CSV row describes, through the column mapping: empty cells are left out, metadata is read as
 * JSON, tags as `a;b` or a JSON array. Not validated: `validateUserInput('create', …)` does that.
 *
 * @example
 * ```ts
 * csvRowToUser(['kevin', 'Kevin', 'vip;beta'], { uid: 0, name: 1, tags: 2 }); // { uid, name, tags: ['vip', 'beta'] }
 * ```
 */
export function csvRowToUser(row: readonly string[], mapping: CsvFieldMapping): Record<string, unknown> {
  const user: Record<string, unknown> = {};
  for (const [field, index] of Object.entries(mapping) as [ImportableField, number][]) {
    const cell = unprotect((row[index] ?? '').trim());
    if (cell === '') continue;
    user[field] = field === 'metadata' ? metadataOf(cell) : field === 'tags' ? tagsOf(cell) : cell;
  }
  return user;
}
