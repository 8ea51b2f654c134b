// Prints the suite's closing lines from vitest's JSON report: each failed test (file, name, first line of its
// error) and then "profilekit: N passed, N failed". CI keeps only the tail of a run, so failures are named here.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const passed = report.numPassedTests ?? 0;
// Tests that failed, plus files that failed without a failed test (an import error, a failing hook). Not vitest's
// numFailedTestSuites: it counts each describe block and file around one failed test again.
let failed = report.numFailedTests ?? 0;
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);

/** The error's first line, and what Playwright was waiting for when it timed out (its call log names the locator). */
const firstLine = (messages) => {
  const lines = String(messages?.[0] ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((line) => line.trim());
  const first = lines.find((line) => line !== '')?.slice(0, 300) ?? '';
  const waiting = lines.find((line) => line.startsWith('- waiting for '));
  return waiting ? `${first} (${waiting.slice(2, 300)})` : first;
};

for (const file of report.testResults ?? []) {
  const name = relative(process.cwd(), file.name);
  const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed');
  if (file.status === 'failed' && failedTests.length === 0) {
    failed += 1;
    console.log(`FAILED ${name}: ${firstLine([file.message])}`);
  }
  for (const test of failedTests) {
    console.log(`FAILED ${name} > ${test.fullName}: ${firstLine(test.failureMessages)}`);
  }
}
console.log(`profilekit: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
if (failed > 0 || passed === 0) process.exit(1);
