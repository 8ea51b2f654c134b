#!/usr/bin/env node
// Prints the per-file score table and the surviving mutants of Stryker's JSON reports as Markdown, for TESTING.md.
// Usage: node tests/mutation/summary.mjs [artifacts/mutation/<scope>/mutation.json …] (default: the `all` scope's)
import { readFileSync } from 'node:fs';

const paths = process.argv.slice(2);
const files = {};
for (const path of paths.length > 0 ? paths : ['artifacts/mutation/all/mutation.json']) {
  Object.assign(files, JSON.parse(readFileSync(path, 'utf8')).files);
}
const detected = new Set(['Killed', 'Timeout']);
const valid = new Set([...detected, 'Survived', 'NoCoverage']);
const rows = [];
const survivors = [];
let killedAll = 0;
let validAll = 0;
for (const [file, { mutants, source }] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
  const counted = mutants.filter((mutant) => valid.has(mutant.status));
  const killed = counted.filter((mutant) => detected.has(mutant.status)).length;
  const left = counted.filter((mutant) => !detected.has(mutant.status));
  killedAll += killed;
  validAll += counted.length;
  const score = counted.length === 0 ? 100 : (100 * killed) / counted.length;
  rows.push(`| \`${file}\` | ${score.toFixed(1)} | ${killed} | ${left.length} | ${counted.length} |`);
  const lines = source.split('\n');
  for (const mutant of left) {
    const { line, column } = mutant.location.start;
    const code = (lines[line - 1] ?? '').trim().slice(0, 90);
    const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60);
    survivors.push(
      `- \`${file}:${line}:${column}\` ${mutant.mutatorName} (${mutant.status}): \`${code}\` → \`${replacement}\``,
    );
  }
}
const total = validAll === 0 ? 100 : (100 * killedAll) / validAll;
console.log('| file | % killed | killed | survived | mutants |\n| --- | --- | --- | --- | --- |');
console.log(rows.join('\n'));
console.log(`| **all** | **${total.toFixed(1)}** | ${killedAll} | ${validAll - killedAll} | ${validAll} |\n`);
console.log(survivors.join('\n'));
