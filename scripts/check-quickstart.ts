// The root README's package quick start, executed as written from a scratch folder: every ```sh line runs in
// bash (`cd` carries over), every ```tsx title=… block is written to that file, against the packed tarballs
// (`pnpm pack`, publishConfig applied) instead of the registry's @profilekit packages. The emulator and
// `npm run dev` run in the background on free ports (the README's 3939 and 5173 may be taken on a shared
// machine), then Chromium opens the app, logs in and expects the profile form to show the seeded user.
// Needs the packages built (pnpm build). Usage: pnpm exec tsx scripts/check-quickstart.ts [--keep]
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../chromium.config';
import { freePort } from '../freePort';

const root = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const scratch = mkdtempSync(join(tmpdir(), 'profilekit-quickstart-'));
const background: ChildProcess[] = [];
// npm asks before it downloads create-vite; a person answers y, CI has no terminal.
process.env.npm_config_yes = 'true';

/** The README's quick start: its ```sh and titled blocks, in order. */
function quickStartBlocks() {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = /<!-- quickstart:start -->([\s\S]*?)<!-- quickstart:end -->/.exec(readme)?.[1];
  if (!section) throw new Error('README.md: no <!-- quickstart:start --> … <!-- quickstart:end --> section');
  return [...section.matchAll(/^```(\w+)(?:\s+title=(\S+))?\n([\s\S]*?)^```$/gm)].map(([, lang, title, code]) => ({
    lang: lang ?? '',
    title,
    code: code ?? '',
  }));
}

/** Packs every public package; `@profilekit/<name>` → its tarball's path. */
function packTarballs(): Map<string, string> {
  const out = join(scratch, 'tarballs');
  mkdirSync(out);
  const tarballs = new Map<string, string>();
  for (const dir of readdirSync(join(root, 'packages'))) {
    const manifestPath = join(root, 'packages', dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string; private?: boolean };
    if (manifest.private) continue;
    const before = new Set(readdirSync(out));
    execFileSync('pnpm', ['pack', '--pack-destination', out], { cwd: join(root, 'packages', dir), stdio: 'ignore' });
    const tarball = readdirSync(out).find((file) => !before.has(file));
    if (!tarball) throw new Error(`${manifest.name}: pnpm pack wrote no tarball`);
    tarballs.set(manifest.name, join(out, tarball));
  }
  return tarballs;
}

/** Starts a background line and resolves with its output once `ready` matches it. */
function startInBackground(line: string, cwd: string, ready: RegExp): Promise<string> {
  // A process group of its own: npx and npm start node children, and the clean-up stops the whole group.
  const child = spawn('bash', ['-c', `exec ${line}`], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  background.push(child);
  let output = '';
  return new Promise((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`${line}: not ready in 120 s\n${output}`)), 120_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output.replace(/\u001b\[[0-9;]*m/g, ''))) {
        clearTimeout(timer);
        resolveReady(output);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => reject(new Error(`${line}: exited (${code})\n${output}`)));
  });
}

async function main() {
  const tarballs = packTarballs();
  const emulatorPort = String(await freePort());
  const appPort = String(await freePort());
  const asTested = (text: string) =>
    text
      .replace(/@profilekit\/[a-z-]+(?=\s|$)/gm, (name) => tarballs.get(name) ?? name)
      .replaceAll('3939', emulatorPort);
  let cwd = scratch;
  let appUrl = '';
  for (const block of quickStartBlocks()) {
    if (block.title) {
      const file = join(cwd, block.title);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, asTested(block.code));
      console.log(`quickstart: wrote ${block.title}`);
      continue;
    }
    if (block.lang !== 'sh') continue;
    for (const line of block.code.split('\n').map((text) => asTested(text).trim())) {
      if (line === '' || line.startsWith('#')) continue;
      console.log(`quickstart: $ ${line}`);
      const cd = /^cd\s+(\S+)$/.exec(line);
      if (cd?.[1]) cwd = resolve(cwd, cd[1]);
      else if (line.startsWith('npx profilekit-emulator')) await startInBackground(line, cwd, /listening on/);
      else if (line === 'npm run dev') {
        const output = await startInBackground(
          `npm run dev -- --port ${appPort} --strictPort --host 127.0.0.1`,
          cwd,
          /Local:\s+http/,
        );
        appUrl = /Local:\s+(http\S+)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''))?.[1] ?? '';
      } else execFileSync('bash', ['-euo', 'pipefail', '-c', line], { cwd, stdio: 'inherit' });
    }
  }
  if (!appUrl) throw new Error('the quick start never ran npm run dev');
  console.log('quickstart: $ npx tsc -b (the template’s strict typecheck)');
  execFileSync('npx', ['tsc', '-b'], { cwd, stdio: 'inherit' });

  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(appUrl);
    await page.getByRole('button', { name: 'Log in as superhero1' }).click({ timeout: 60_000 });
    const uid = page.getByLabel('UID', { exact: true });
    await uid.waitFor({ timeout: 30_000 });
    const shown = { uid: await uid.inputValue(), name: await page.getByLabel('Name', { exact: true }).inputValue() };
    mkdirSync(join(root, 'artifacts'), { recursive: true });
    await page.screenshot({ path: join(root, 'artifacts/quickstart.png'), fullPage: true });
    if (shown.uid !== 'superhero1' || shown.name !== 'Iron Man' || errors.length > 0) {
      throw new Error(`the profile form shows ${JSON.stringify(shown)}; page errors: ${errors.join('; ') || 'none'}`);
    }
    console.log('quickstart: the README steps log superhero1 in and show the profile form (artifacts/quickstart.png)');
  } finally {
    await browser.close();
  }
}

function cleanUp() {
  for (const child of background) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    } catch {
      // the group has ended already
    }
  }
  if (keep) console.log(`quickstart: scratch folder kept: ${scratch}`);
  else rmSync(scratch, { recursive: true, force: true });
}

main().then(
  () => {
    cleanUp();
    process.exit(0);
  },
  (error: unknown) => {
    console.error(`quickstart: ${error instanceof Error ? error.message : String(error)}`);
    cleanUp();
    process.exit(1);
  },
);
