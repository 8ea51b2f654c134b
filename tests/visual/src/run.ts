/**
 * `pnpm visual`: every story of the built Storybook, in every mode, against the baselines in
 * tests/visual/baselines/<story-id>/<mode>.png; fails on a difference above MAX_DIFF_PIXELS and writes
 * artifacts/visual/index.html (changed stories side by side, every story in all modes).
 * `pnpm visual:update` accepts what it sees as the new baselines (and drops those of removed stories).
 * Options: --no-build (reuse storybook-static/), --workers N (default 3), --only <text in a story id>.
 */

import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../chromium.config';
import { captureStory } from './captureStory';
import { galleryHtml, type ShotResult } from './gallery';
import { compareImages, optimisePng } from './images';
import { modes, type VisualMode } from './modes';
import { serveStorybook } from './serveStorybook';
import { stableContext, storybookOrigin } from './stablePage';
import { listStories, type StoryEntry } from './stories';

/** Differing pixels (beyond pixelmatch's colour threshold, anti-aliasing ignored) a picture may have and still pass. */
const MAX_DIFF_PIXELS = 8;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const staticDir = join(root, 'storybook-static');
const baselineDir = join(root, 'tests/visual/baselines');
const outDir = join(root, 'artifacts/visual');

const { values: options } = parseArgs({
  options: {
    update: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    workers: { type: 'string', default: process.env.VISUAL_WORKERS ?? '3' },
    only: { type: 'string' },
  },
});

const fileOf = (dir: string, story: StoryEntry, mode: VisualMode) => join(dir, story.id, `${mode.name}.png`);
const readIfThere = (path: string) => readFile(path).catch(() => undefined);

async function save(path: string, data: Buffer) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
}

/** Compares one fresh (optimised) picture with its baseline. */
async function judge(story: StoryEntry, mode: VisualMode, actual: Buffer) {
  const baseline = await readIfThere(fileOf(baselineDir, story, mode));
  if (!baseline) return { status: 'new' as const };
  if (baseline.equals(actual)) return { status: 'same' as const };
  const difference = compareImages(baseline, actual);
  const changed = difference.sizeChanged || difference.pixels > MAX_DIFF_PIXELS;
  return { status: changed ? ('changed' as const) : ('same' as const), baseline, difference };
}

async function main() {
  const started = performance.now();
  if (!options['no-build']) {
    console.log('visual: building Storybook (pnpm build-storybook)');
    const build = spawnSync('pnpm', ['build-storybook'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('pnpm build-storybook failed');
  }
  const stories = (await listStories(staticDir)).filter((story) => !options.only || story.id.includes(options.only));
  const jobs = modes.flatMap((mode) => stories.map((story) => ({ story, mode })));
  await rm(outDir, { recursive: true, force: true });
  const server = await serveStorybook(staticDir);
  const browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [
      ...chromiumLaunchOptions.args,
      '--hide-scrollbars',
      '--font-render-hinting=none',
      '--force-color-profile=srgb',
      // A secure context, as 127.0.0.1 is: some stories use APIs only secure pages have.
      `--unsafely-treat-insecure-origin-as-secure=${storybookOrigin}`,
    ],
  });
  const results: ShotResult[] = [];
  let retaken = 0;
  const worker = async () => {
    let current: { mode: VisualMode; context: BrowserContext; page: Page } | undefined;
    for (let job = jobs.shift(); job; job = jobs.shift()) {
      const { story, mode } = job;
      if (current?.mode !== mode) {
        await current?.context.close();
        const context = await stableContext(browser, mode, server.url);
        current = { mode, context, page: await context.newPage() };
      }
      const { page } = current;
      const once = async () => {
        const capture = await captureStory(page, storybookOrigin, story.id, mode);
        return { ...capture, png: await optimisePng(capture.png) };
      };
      const shoot = () =>
        once().catch(async (error: unknown) => {
          // A story that never finished: once more, from a freshly loaded page.
          console.log(`visual: ${story.id} (${mode.name}) did not finish, retrying: ${String(error).split('\n')[0]}`);
          await page.goto('about:blank');
          return once();
        });
      try {
        let capture = await shoot();
        let verdict = await judge(story, mode, capture.png);
        if (verdict.status === 'changed') {
          // As Playwright's toHaveScreenshot does: a second picture, so a late paint is not taken for a change.
          retaken += 1;
          capture = await shoot();
          verdict = await judge(story, mode, capture.png);
        }
        await save(fileOf(join(outDir, 'actual'), story, mode), capture.png);
        const result: ShotResult = { story, mode, status: verdict.status };
        if (capture.error) result.error = capture.error;
        if (verdict.status === 'changed' && verdict.difference) {
          result.pixels = verdict.difference.pixels;
          result.sizeChanged = verdict.difference.sizeChanged;
          await save(fileOf(join(outDir, 'baseline'), story, mode), verdict.baseline);
          await save(fileOf(join(outDir, 'diff'), story, mode), verdict.difference.diffPng);
        }
        if (options.update && verdict.status !== 'same') {
          await save(fileOf(baselineDir, story, mode), capture.png);
          result.status = 'accepted';
        }
        results.push(result);
      } catch (error) {
        throw new Error(`visual: ${story.id} (${mode.name}) could not be pictured`, { cause: error });
      }
    }
    await current?.context.close();
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Number(options.workers)) }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  if (options.update && !options.only) await dropObsolete(stories);
  const order = new Map(stories.map((story, index) => [story.id, index]));
  results.sort((a, b) => (order.get(a.story.id) ?? 0) - (order.get(b.story.id) ?? 0));
  return report(results, stories.length, retaken, started);
}

/** Removes the baselines of stories and modes that no longer exist. */
async function dropObsolete(stories: StoryEntry[]) {
  const wanted = new Set(stories.map((story) => story.id));
  const modeFiles = new Set(modes.map((mode) => `${mode.name}.png`));
  for (const id of await readdir(baselineDir).catch(() => [])) {
    if (!wanted.has(id)) {
      await rm(join(baselineDir, id), { recursive: true, force: true });
      continue;
    }
    for (const file of await readdir(join(baselineDir, id))) {
      if (!modeFiles.has(file)) await rm(join(baselineDir, id, file));
    }
  }
}

async function report(results: ShotResult[], storyCount: number, retaken: number, started: number) {
  const count = (status: ShotResult['status']) => results.filter((result) => result.status === status).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const errors = results.filter((result) => result.error);
  const summary = `${storyCount} stories × ${modes.length} modes = ${results.length} pictures in ${seconds} s: ${count('same')} same, ${count('changed')} changed, ${count('new')} without a baseline, ${count('accepted')} accepted; ${retaken} retaken; ${errors.length} with a play error.`;
  await save(join(outDir, 'index.html'), Buffer.from(galleryHtml(results, modes, summary)));
  for (const result of errors)
    console.log(`visual: play error in ${result.story.id} (${result.mode.name}): ${result.error}`);
  for (const result of results.filter((r) => r.status !== 'same')) {
    console.log(
      `visual: ${result.status} ${result.story.id} (${result.mode.name})${result.pixels !== undefined ? `: ${result.pixels} pixels` : ''}`,
    );
  }
  console.log(`visual: ${summary}`);
  console.log(`visual: gallery ${relative(process.cwd(), join(outDir, 'index.html'))}`);
  const failed = count('changed') + count('new');
  if (failed > 0) {
    console.log(
      `visual: ${failed} pictures differ from their baselines: review the gallery, then \`pnpm visual:update\``,
    );
    return 1;
  }
  return 0;
}

process.exitCode = await main();
