#!/usr/bin/env node
// Every commit after the rule was adopted has a subject a reader can scan: at most 72 characters, no trailing
// period, a blank line before the body. Run by npm test (over the history since RULE_SINCE) and usable as a
// commit-msg hook: `node scripts/check-commit-subjects.mjs --message-file .git/COMMIT_EDITMSG`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The last commit before CONTRIBUTING.md's subject rule; older subjects are history and are not checked. */
const RULE_SINCE = '5b99735';
const MAX = 72;

/** What is wrong with one commit message, or an empty list. */
export function subjectProblems(message) {
  const [subject = '', second] = message.replace(/^#.*\n?/gm, '').split('\n');
  const problems = [];
  if (subject.trim() === '') problems.push('the subject is empty');
  if ([...subject].length > MAX) problems.push(`the subject has ${[...subject].length} characters (at most ${MAX})`);
  if (/\.\s*$/.test(subject)) problems.push('the subject ends with a period');
  if (second !== undefined && second.trim() !== '') problems.push('the line after the subject must be blank');
  return problems;
}

function check(label, message) {
  const problems = subjectProblems(message);
  for (const problem of problems) console.error(`${label}: ${problem}`);
  return problems.length === 0;
}

const args = process.argv.slice(2);
const fileIndex = args.indexOf('--message-file');
if (fileIndex >= 0) {
  process.exit(check('commit message', readFileSync(args[fileIndex + 1], 'utf8')) ? 0 : 1);
}
let shallow = false;
try {
  execFileSync('git', ['cat-file', '-e', `${RULE_SINCE}^{commit}`], { stdio: 'ignore' });
} catch {
  shallow = true;
}
if (shallow) {
  console.log(`commit subjects: ${RULE_SINCE} is not in this clone (shallow?); nothing to check`);
  process.exit(0);
}
const log = execFileSync('git', ['log', '--format=%H%x00%B%x01', `${RULE_SINCE}..HEAD`], { encoding: 'utf8' });
const commits = log
  .split('\x01')
  .map((entry) => entry.replace(/^\n/, ''))
  .filter(Boolean)
  .map((entry) => entry.split('\x00'));
let ok = true;
for (const [hash = '', message = ''] of commits) ok = check(hash.slice(0, 10), message.trimEnd()) && ok;
console.log(
  `commit subjects: ${commits.length} commits since ${RULE_SINCE} checked, ${ok ? 'all' : 'not all'} within the rule`,
);
process.exit(ok ? 0 : 1);
