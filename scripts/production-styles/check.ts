/**
 * The kit's looks in production builds, as a newcomer meets them: the scratch app of check-packages.mjs (the
 * packed tarballs, react, vite, @vitejs/plugin-react and next, installed with npm) gets a Vite app and a Next.js
 * App Router app; each is built for production (`vite build`, `next build`: both minify CSS with Lightning CSS),
 * served (`vite preview`, `next start`) on a free loopback port, and opened in Chromium in three cases —
 * data-theme="light", data-theme="dark", and a page that declares nothing. The computed styles of the inputs, the
 * primary button, the text and the focus ring must be visible and readable (styleProbe.ts). One screenshot per
 * case goes to artifacts/production-styles/, with the readings in results.json.
 *
 *   tsx scripts/production-styles/check.ts <scratch app folder>   (check-packages.mjs calls it)
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../chromium.config';
import { freePort } from '../../freePort';
import { casePath, writeScratchApps } from './scratchApps';
import { readStyles, type StyleReading, styleProblems, type ThemeCase } from './styleProbe';

const app = process.argv[2];
if (!app) throw new Error('usage: tsx scripts/production-styles/check.ts <scratch app folder>');
const artifacts = fileURLToPath(new URL('../../artifacts/production-styles/', import.meta.url));
const bin = (name: string) => join(app, 'node_modules/.bin', name);
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await work();
  console.log(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function build(command: string, args: string[], cwd: string) {
  try {
    await promisify(execFile)(command, args, { cwd, env, maxBuffer: 32 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  }
}

async function serve(
  command: string,
  args: string[],
  cwd: string,
  { url, started }: { url: string; started: ChildProcess[] },
): Promise<void> {
  const server = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  // Stopped by the caller's finally even when it never answers.
  started.push(server);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`${command} exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${command} did not answer at ${url} within 60 s`);
}

async function stop(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill();
  await exited;
}

/** One page of one build: read the styles, take the screenshot, print the verdict. */
async function checkCase(browser: Browser, build: 'vite' | 'next', theme: ThemeCase) {
  // The OS prefers dark: a page that declares nothing must still be light.
  const page = await browser.newPage({ viewport: { width: 720, height: 900 }, colorScheme: 'dark' });
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${origins[build]}${casePath[build](theme)}`);
  await page.locator('.pk-button-primary').first().waitFor();
  const reading = await readStyles(page);
  const problems = [...styleProblems(reading, theme), ...pageErrors.map((message) => `page error: ${message}`)];
  await page.screenshot({ path: join(artifacts, `${build}-${theme}.png`), fullPage: true });
  await page.close();
  const where = `${build} build, ${theme === 'none' ? 'page declares nothing' : `data-theme="${theme}"`}`;
  if (problems.length === 0) {
    const { input, button, focus } = reading;
    console.log(
      `  ✓ ${where}: input border ${input.borderWidth} ${input.borderColor}, button ${button.background}, focus ${focus.outlineWidth} ${focus.outlineStyle}`,
    );
  } else {
    console.error(`  ✗ ${where}:\n${problems.map((p) => `      ${p}`).join('\n')}`);
  }
  return { build, theme, reading, problems };
}

const { vite, next } = writeScratchApps(app);
await timed('vite build', () => build(bin('vite'), ['build'], vite));
await timed('next build', () => build(bin('next'), ['build'], next));

const [vitePort, nextPort] = [await freePort(), await freePort()];
const origins = { vite: `http://127.0.0.1:${vitePort}`, next: `http://127.0.0.1:${nextPort}` };
const servers: ChildProcess[] = [];
const results: { build: string; theme: ThemeCase; reading: StyleReading; problems: string[] }[] = [];
mkdirSync(artifacts, { recursive: true });
try {
  const preview = ['preview', '--port', String(vitePort), '--strictPort', '--host', '127.0.0.1'];
  await serve(bin('vite'), preview, vite, { url: `${origins.vite}/`, started: servers });
  const start = ['start', '--port', String(nextPort), '--hostname', '127.0.0.1'];
  await serve(bin('next'), start, next, { url: `${origins.next}/`, started: servers });
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    for (const build of ['vite', 'next'] as const) {
      for (const theme of ['light', 'dark', 'none'] as const) {
        results.push(await checkCase(browser, build, theme));
      }
    }
  } finally {
    await browser.close();
  }
} finally {
  await Promise.all(servers.map(stop));
}
writeFileSync(join(artifacts, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
const failed = results.filter((result) => result.problems.length > 0);
console.log(`  screenshots and readings: artifacts/production-styles/ (${results.length} cases)`);
if (failed.length > 0) {
  console.error(`production styles: ${failed.length} of ${results.length} cases look broken`);
  process.exit(1);
}
