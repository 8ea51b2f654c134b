import type { Result } from './result';

const width = (values: string[]) => Math.max(...values.map((value) => value.length));
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const show = (value: unknown) => JSON.stringify(value) ?? 'undefined';

/**
 * The results as a text table, scenario × transport: ok or FAIL, then expected and observed (in full
 * for a failure, clipped for a pass).
 */
export function formatTable(results: Result[]): string {
  const rows = results.map((result) => ({
    scenario: result.scenario,
    transport: result.transport,
    ok: result.ok ? 'ok' : 'FAIL',
    expected: result.ok ? clip(show(result.expected), 48) : show(result.expected),
    observed: result.ok ? clip(show(result.observed), 48) : show(result.observed),
  }));
  const columns = ['scenario', 'transport', 'ok', 'expected', 'observed'] as const;
  const sizes = columns.map((column) =>
    column === 'expected' || column === 'observed' ? column.length : width([column, ...rows.map((row) => row[column])]),
  );
  const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(sizes[index] ?? 0)).join(' | ');
  return [
    line([...columns]),
    sizes.map((size) => '-'.repeat(size)).join('-|-'),
    ...rows.map((row) => line(columns.map((column) => row[column]))),
  ].join('\n');
}
