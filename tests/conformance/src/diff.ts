import { isDeepStrictEqual } from 'node:util';
import type { Fact } from './scenario';

/** What a diff reads of a report (`src/report.ts`). */
export interface ReportLike {
  prefix?: string;
  target: { kind: string; region: string };
  results: { scenario: string; transport: string; observed: Fact }[];
  findings: Record<string, unknown>;
}

/** One cell, or one finding, where two reports observed different things. */
export interface Difference {
  cell: string;
  expected: unknown;
  observed: unknown;
}

/** The report's facts with its run prefix replaced by `<prefix>`, so two runs' uids compare equal. */
function normalized(report: ReportLike): ReportLike {
  const text = JSON.stringify(report);
  const prefix = report.prefix;
  return JSON.parse(prefix ? text.replaceAll(prefix, '<prefix>') : text) as ReportLike;
}

/**
 * The cells and findings where `observed` (a cloud run's report) differs from `expected` (the emulator's report:
 * the behaviour the emulator implements), by scenario × transport; a cell only one report has counts too.
 *
 * @example
 * ```ts
 * diffReports(emulatorReport, cloudReport); // [{ cell: 'wire: GET /settings … | wire', expected: …, observed: … }]
 * ```
 */
export function diffReports(expected: ReportLike, observed: ReportLike): Difference[] {
  const [left, right] = [normalized(expected), normalized(observed)];
  const cells = (report: ReportLike) =>
    new Map(report.results.map((result) => [`${result.scenario} | ${result.transport}`, result.observed]));
  const [want, got] = [cells(left), cells(right)];
  const differences: Difference[] = [];
  for (const cell of new Set([...want.keys(), ...got.keys()])) {
    const [a, b] = [want.get(cell) ?? '(no such cell)', got.get(cell) ?? '(no such cell)'];
    if (!isDeepStrictEqual(a, b)) differences.push({ cell, expected: a, observed: b });
  }
  for (const finding of new Set([...Object.keys(left.findings), ...Object.keys(right.findings)])) {
    const [a, b] = [left.findings[finding] ?? '(none)', right.findings[finding] ?? '(none)'];
    if (!isDeepStrictEqual(a, b)) differences.push({ cell: `finding: ${finding}`, expected: a, observed: b });
  }
  return differences;
}
