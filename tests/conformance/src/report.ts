import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Findings } from './probes';
import type { Result } from './result';
import type { Target } from './target';

/** The JSON report: where it ran, every cell, and what the target answered where the docs are unsure. */
export interface Report {
  tool: 'profilekit conformance';
  startedAt: string;
  /** The run's uid prefix, which `diff` replaces with `<prefix>` to compare two runs' uids. */
  prefix: string;
  target: { kind: Target['kind']; region: string; appId: string };
  transports: string[];
  summary: { passed: number; failed: number };
  results: Result[];
  findings: Findings;
  cleanup: { deleted: number; left: string[] };
}

/** Replaces each secret, wherever it appears in the report, with `***`. */
export function redact(report: Report, secrets: (string | undefined)[]): string {
  let text = JSON.stringify(report, null, 2);
  for (const secret of secrets) if (secret && secret.length >= 8) text = text.replaceAll(secret, '***');
  return text;
}

/**
 * Writes the report. It is built only from facts (codes, flags, field values the suite itself chose,
 * host names) and never holds a key or a token; as a second guard every key and token the run used is
 * masked before writing.
 */
export function writeReport(path: string, report: Report, secrets: (string | undefined)[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${redact(report, secrets)}\n`);
}
