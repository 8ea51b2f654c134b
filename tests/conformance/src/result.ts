import { isDeepStrictEqual } from 'node:util';
import type { Fact, Outcome } from './scenario';

/** One cell of the table: a scenario through a transport. */
export interface Result {
  scenario: string;
  transport: string;
  expected: Fact;
  /** What was observed, or the error that stopped the scenario. */
  observed: Fact;
  ok: boolean;
  ms: number;
}

/** A result from an outcome, or from the error that stopped the scenario. */
export function toResult(
  scenario: string,
  transport: string,
  ms: number,
  outcome: Outcome | { error: unknown },
): Result {
  if ('error' in outcome) {
    const error = outcome.error as { code?: string; message?: string };
    const observed = `threw ${error?.code ?? ''} ${error?.message ?? String(error)}`.replace(/\s+/g, ' ').trim();
    return { scenario, transport, expected: null, observed, ok: false, ms };
  }
  return { scenario, transport, ...outcome, ok: isDeepStrictEqual(outcome.expected, outcome.observed), ms };
}
