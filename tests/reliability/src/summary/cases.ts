import type { TaskMeta } from 'vitest';

/** The parts of the reliability suite, in the order the summary prints them. */
export const reliabilityParts = ['parity', 'hostile', 'auth', 'faults', 'durability', 'security', 'stores'] as const;

/** One part of the reliability suite. */
export type ReliabilityPart = (typeof reliabilityParts)[number];

/** How many cases a test tried and how many of them passed. */
export interface CaseCount {
  tried: number;
  passed: number;
}

declare module 'vitest' {
  interface TaskMeta {
    /** Set by tests that try many cases (e.g. 10,000 generated payloads); others count as one case. */
    reliabilityCases?: CaseCount;
  }
}

/**
 * A counter of the cases one test tries, reported to the summary through the test's `meta`.
 * Call `tried` before checking a case and `passed` after it held, so a failing test still
 * reports how far it got.
 *
 * @example
 * ```ts
 * it('parity', ({ task }) => {
 *   const count = countCases(task.meta);
 *   for (const payload of payloads) { count.tried(); check(payload); count.passed(); }
 * });
 * ```
 */
export function countCases(meta: TaskMeta) {
  const cases: CaseCount = { tried: 0, passed: 0 };
  meta.reliabilityCases = cases;
  return {
    tried: (n = 1) => {
      cases.tried += n;
    },
    passed: (n = 1) => {
      cases.passed += n;
    },
  };
}
