import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import { type CaseCount, type ReliabilityPart, reliabilityParts } from './cases';

/** Test files of other packages that belong to a part: the emulator's own kill -9 test counts as durability. */
const borrowed: Record<string, ReliabilityPart> = {
  'packages/emulator/test/durability.test.ts': 'durability',
};

const ownFile = /tests\/reliability\/src\/([^/]+)\//;

/** The part a test file belongs to: `tests/reliability/src/<part>/…`, or a borrowed file. */
export function partOf(moduleId: string): ReliabilityPart | undefined {
  const path = moduleId.replaceAll('\\', '/');
  for (const [file, part] of Object.entries(borrowed)) if (path.endsWith(file)) return part;
  const folder = ownFile.exec(path)?.[1];
  return reliabilityParts.find((part) => part === folder);
}

/** The cases of one test: its own count when it kept one, otherwise one case. A failed test never counts all as passed. */
export function casesOf(test: TestCase): CaseCount {
  const state = test.result().state;
  const counted = test.meta().reliabilityCases;
  if (!counted) return { tried: 1, passed: state === 'passed' ? 1 : 0 };
  if (state === 'passed') return counted;
  return { tried: Math.max(1, counted.tried), passed: Math.min(counted.passed, Math.max(1, counted.tried) - 1) };
}

/**
 * The summary line: `reliability: parity 30000/30000, hostile 64/64, …` — cases tried and passed per part,
 * only for the parts that ran.
 */
export function summaryLine(totals: Map<ReliabilityPart, CaseCount>): string {
  const parts = reliabilityParts
    .filter((part) => totals.has(part))
    .map((part) => {
      const { tried, passed } = totals.get(part) ?? { tried: 0, passed: 0 };
      return `${part} ${passed}/${tried}`;
    });
  return `reliability: ${parts.join(', ')}`;
}

/**
 * A vitest reporter that prints the reliability summary at the end of a run and writes it to
 * `artifacts/reliability-summary.json`. Silent when no reliability test ran.
 */
export default class ReliabilitySummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
    if (!testModules.some((module) => ownFile.test(module.moduleId.replaceAll('\\', '/')))) return;
    const totals = new Map<ReliabilityPart, CaseCount>();
    for (const module of testModules) {
      const part = partOf(module.moduleId);
      if (!part) continue;
      const total = totals.get(part) ?? { tried: 0, passed: 0 };
      for (const test of module.children.allTests()) {
        const { state } = test.result();
        if (state === 'skipped' || state === 'pending') continue;
        const cases = casesOf(test);
        total.tried += cases.tried;
        total.passed += cases.passed;
      }
      totals.set(part, total);
    }
    const line = summaryLine(totals);
    mkdirSync('artifacts', { recursive: true });
    const report = { line, parts: Object.fromEntries(totals) };
    writeFileSync(join('artifacts', 'reliability-summary.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\n${line}\n`);
  }
}
