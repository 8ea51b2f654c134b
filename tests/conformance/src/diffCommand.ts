import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffReports, type ReportLike } from './diff';

/** The emulator's behaviour, committed: the expected side of every diff (`pnpm --filter @profilekit/conformance expected`). */
export const expectedReportPath = fileURLToPath(
  new URL('../../../conformance/reports/expected-emulator.json', import.meta.url),
);

/**
 * `pnpm --filter @profilekit/conformance diff <report.json> [<expected.json>] [--fail]`: prints each cell and finding
 * where a report (a cloud run's) observed something else than the emulator. Exits 0, or with `--fail` 1 when anything
 * differs (what `npm test` uses to hold a fresh emulator run against the committed expected report).
 */
function main(argv: string[]): number {
  const fail = argv.includes('--fail');
  const [observedArg, expectedArg] = argv.filter((arg) => arg !== '--fail');
  if (!observedArg) {
    console.error('usage: diff <report.json> [<expected.json>] [--fail]');
    return 2;
  }
  // pnpm runs a package script in the package's folder; paths given are the caller's.
  const base = process.env.INIT_CWD ?? process.cwd();
  const observedPath = resolve(base, observedArg);
  const expectedPath = expectedArg ? resolve(base, expectedArg) : expectedReportPath;
  const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ReportLike;
  const [expected, observed] = [read(expectedPath), read(observedPath)];
  const differences = diffReports(expected, observed);
  const side = `${observed.target.kind} ${observed.target.region}`;
  for (const difference of differences) {
    console.log(difference.cell);
    console.log(`  emulator: ${JSON.stringify(difference.expected)}`);
    console.log(`  ${side}: ${JSON.stringify(difference.observed)}`);
  }
  const count = `${differences.length} difference${differences.length === 1 ? '' : 's'}`;
  console.log(`conformance diff: ${count} (expected: ${expectedPath}; observed: ${observedPath}, ${side})`);
  return fail && differences.length > 0 ? 1 : 0;
}

process.exit(main(process.argv.slice(2)));
