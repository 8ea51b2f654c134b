import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// scripts/api-report.mjs run on a copy of @profilekit/core: the checked-in report must catch a changed member of
// an interface, not only an added or removed export.
const root = fileURLToPath(new URL('../../../..', import.meta.url));
let scratch = '';

function runReport(): { status: number; output: string } {
  try {
    const output = execFileSync('node', [join(scratch, 'scripts/api-report.mjs')], { encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}

describe('scripts/api-report.mjs', () => {
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'profilekit-api-report-'));
    mkdirSync(join(scratch, 'scripts'));
    cpSync(join(root, 'scripts/api-report.mjs'), join(scratch, 'scripts/api-report.mjs'));
    cpSync(join(root, 'tsconfig.base.json'), join(scratch, 'tsconfig.base.json'));
    symlinkSync(join(root, 'node_modules'), join(scratch, 'node_modules'));
    const core = join(scratch, 'packages/core');
    mkdirSync(core, { recursive: true });
    for (const file of ['package.json', 'api-report.md', 'src'])
      cpSync(join(root, 'packages/core', file), join(core, file), { recursive: true });
    symlinkSync(join(root, 'packages/core/node_modules'), join(core, 'node_modules'));
  });
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it('fails when a member of UserClient changes its type, and names the member', { timeout: 120_000 }, () => {
    expect(runReport()).toMatchObject({ status: 0 });
    const client = join(scratch, 'packages/core/src/client.ts');
    const source = readFileSync(client, 'utf8');
    const changed = source.replace(
      'getUser(uid: string, options?: RequestOptions): Promise<User>;',
      'getUser(uid: string, options?: RequestOptions): Promise<User | null>;',
    );
    expect(changed).not.toBe(source);
    writeFileSync(client, changed);
    const { status, output } = runReport();
    expect(status).toBe(1);
    expect(output).toContain('packages/core/api-report.md: the public API changed');
    expect(output).toContain('+   getUser: (uid: string, options?: RequestOptions) => Promise<User | null>;');
  });
});
