import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// Issue 25, finding 13: with no audit endpoint here, the lockfile's production dependencies are checked
// against a reviewed list, offline.
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const script = join(root, 'scripts/check-reviewed-deps.mjs');
const lock = readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'profilekit-deps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the check on `lockfile`: its exit code and what it printed. */
function check(lockfile: string) {
  const file = join(dir, `lock-${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(file, lockfile);
  try {
    return { code: 0, output: execFileSync(process.execPath, [script, '--lockfile', file], { encoding: 'utf8' }) };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { code: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('issue 25 finding 13: production dependencies are reviewed at their locked versions', () => {
  it('the lockfile as committed passes', () => {
    expect(check(lock)).toMatchObject({ code: 0 });
  });

  it('a new dependency of a published package, and its own dependency, fail the check by name', () => {
    const added = lock
      .replace(
        /(\n {2}packages\/server:\n {4}dependencies:\n)/,
        '$1      left-pad-ng:\n        specifier: ^1.0.0\n        version: 1.0.0\n',
      )
      .replace(
        /\nsnapshots:\n/,
        '\nsnapshots:\n\n  left-pad-ng@1.0.0:\n    dependencies:\n      evil-helper: 6.6.6\n\n  evil-helper@6.6.6: {}\n',
      );
    const { code, output } = check(added);
    expect(code).toBe(1);
    expect(output).toContain('left-pad-ng@1.0.0  (pulled in by @profilekit/server)');
    expect(output).toContain('evil-helper@6.6.6');
  });

  it('a new version of a reviewed dependency fails too', () => {
    const bumped = lock.replaceAll('hono@4.13.19', 'hono@4.13.99').replaceAll('version: 4.13.19', 'version: 4.13.99');
    const { code, output } = check(bumped);
    expect(code).toBe(1);
    expect(output).toContain('hono@4.13.99');
  });

  it('a development-only dependency needs no review', () => {
    const dev = lock.replace(
      /(\n {2}packages\/server:\n(?: {4}.*\n| {6}.*\n| {8}.*\n)*? {4}devDependencies:\n)/,
      '$1      some-test-tool:\n        specifier: ^1.0.0\n        version: 1.0.0\n',
    );
    expect(dev).toContain('some-test-tool');
    expect(check(dev)).toMatchObject({ code: 0 });
  });
});
