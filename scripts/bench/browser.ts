/**
 * Browser benchmark: each component as a standalone production bundle (esbuild, not Storybook), beside
 * the same fields as a naive React form (one useState per field) and as plain HTML with vanilla JS,
 * in Debian's Chromium at 1× and 4× CPU throttling.
 *
 * - mount: navigation → ready, render → ready (the frame that paints the filled form), total blocking
 *   time, React commits before that first paint (through React's DevTools hook);
 * - keystrokes: main-thread ms per key (CDP `Performance.getMetrics` TaskDuration), keydown → second frame
 *   after it (style, layout, paint and deferred work included), INP-like (Event Timing), keys over 50 ms — Name, Status message, Metadata at ~5 KB, tag text, tag add, Name after
 *   blur (validation on), and Name in the sign-up flow (uid suggestion on).
 *
 *   tsx scripts/bench/browser.ts                 full run: table + artifacts/bench/browser.json
 *   tsx scripts/bench/browser.ts --budget        reduced run at 4× only; exit 1 when a ratio budget is missed
 *   tsx scripts/bench/browser.ts --budget --report-only mount:SignupFlow   measure and print that budget, not enforce it
 *   tsx scripts/bench/browser.ts --root DIR --out FILE   measure another checkout's packages/ (e.g. main)
 *   tsx scripts/bench/browser.ts --baseline FILE         print that run's kit numbers beside this run's
 *   tsx scripts/bench/browser.ts --only mount|keys       one half only; --components A,B, --mount-runs N, --key-runs N, --keys N
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type CDPSession, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../chromium.config';
import { type Budget, checkBudgets, type Results } from './browser/budgets';
import { sourcesOf } from './browser/sourcesOf';
import { formatTables } from './browser/table';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

const budgetMode = flag('--budget');
const packagesRoot = resolve(option('--root') ?? join(repo, 'packages'));
const outFile = resolve(option('--out') ?? join(repo, 'artifacts/bench/browser.json'));
const baselineFile = option('--baseline');
const throttles = budgetMode ? [4] : [1, 4];
const mountRuns = Number(option('--mount-runs') ?? (budgetMode ? 3 : 5));
const keyRuns = Number(option('--key-runs') ?? 1);
// A p50 of a dozen keys flips between a key's two usual costs (with or without a frame in its task); 30 keys hold it.
const keysPerField = Number(option('--keys') ?? (budgetMode ? 30 : 20));
/**
 * `--report-only id,…`: budgets measured and printed but not enforced (each named, with its reason, where it is
 * passed) — a budget's id (`mount:SignupFlow`) or a half (`keys`, `mount`) for all of its budgets.
 */
const reportOnlyIds = new Set(option('--report-only')?.split(',') ?? []);
const reportOnly = {
  has: (id: string) => reportOnlyIds.has(id) || reportOnlyIds.has(id.startsWith('mount:') ? 'mount' : 'keys'),
};
/** `--only mount` or `--only keys`: measure one half (while working on it); `--components A,B`: mount only these. */
const only = option('--only');

export const components = ['ProfileEditForm', 'SignupFlow', 'UserForm'] as const;
export const variants = ['kit', 'naive', 'plain'] as const;
/** Mounted beside the others for SignupFlow only: the same fields under bare react-hook-form (`browser/rhf.tsx`). */
const RHF_FLOOR = 'rhf' as const;
type Component = (typeof components)[number];
type Variant = (typeof variants)[number];
export const fields = [
  'name',
  'statusMessage',
  'metadata',
  'tagText',
  'tagAdd',
  'nameAfterBlur',
  'signupName',
] as const;
type KeyField = (typeof fields)[number];
const mounted = (option('--components')?.split(',') ?? components) as readonly Component[];
/** The budgets compare the kit with the naive form only: the budget run leaves plain HTML out. */
const measuredVariants: readonly Variant[] = budgetMode ? ['kit', 'naive'] : variants;
/** Each variant in turn, starting one further on each run: no variant always runs first (or last) on a loaded machine. */
const rotated = <V extends string>(run: number, pool: readonly V[] = measuredVariants as readonly V[]) => [
  ...pool.slice(run % pool.length),
  ...pool.slice(0, run % pool.length),
];

async function buildPages(outDir: string) {
  const nodePaths = ['node_modules', 'packages/react/node_modules', 'packages/core/node_modules'].map((dir) =>
    join(repo, dir),
  );
  /** One page: its production bundle (the kit's from `packagesRoot`) and its HTML (the kit's with styles.css). */
  const page = async (name: string, entry: string, component: Component) => {
    await build({
      entryPoints: [join(repo, 'scripts/bench/browser', entry)],
      outfile: join(outDir, `${name}.js`),
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"', BENCH_COMPONENT: JSON.stringify(component) },
      plugins: [sourcesOf(packagesRoot)],
      nodePaths,
      logLevel: 'error',
    });
    writeFileSync(
      join(outDir, `${name}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${component}</title>` +
        `${name.startsWith('kit-') ? '<link rel="stylesheet" href="styles.css">' : ''}</head>` +
        `<body><div id="root"></div><script type="module" src="${name}.js"></script></body></html>`,
    );
  };
  const entries = { kit: 'kit.tsx', naive: 'naive.tsx', plain: 'plain.ts' };
  await Promise.all([
    ...variants.flatMap((variant) =>
      components.map((component) => page(`${variant}-${component}`, entries[variant], component)),
    ),
    page(`${RHF_FLOOR}-SignupFlow`, 'rhf.tsx', 'SignupFlow'),
  ]);
  writeFileSync(join(outDir, 'styles.css'), readFileSync(join(packagesRoot, 'react/src/styles.css'), 'utf8'));
}

function serve(dir: string) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/^\/+/, '');
    try {
      const body = readFileSync(join(dir, path.replace(/\.\./g, '')));
      const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.css') ? 'text/css' : 'text/html';
      response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise<{ url: string; close: () => void }>((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

/** Installed before any page script: React's DevTools hook counts commits; observers record long tasks and interactions; `ready` resolves on the frame that paints the filled form. */
const probe = `(() => {
  // tsx keeps function names with a __name helper inside the functions handed to page.evaluate.
  window.__name = (fn) => fn;
  const expectName = new URLSearchParams(location.search).get('expectName') ?? '';
  const formShown = () => { const el = document.querySelector('input[name="name"]'); return !!el && el.value === expectName; };
  const commits = [];
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject() { return 1; },
    onCommitFiberRoot() { commits.push({ t: performance.now(), form: formShown() }); },
    onCommitFiberUnmount() {}, onPostCommitFiberRoot() {}, onScheduleFiberRoot() {}, checkDCE() {},
  };
  const longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration }); })
    .observe({ type: 'longtask', buffered: true });
  const interactions = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.interactionId) interactions.set(e.interactionId, Math.max(interactions.get(e.interactionId) ?? 0, e.duration));
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  const ready = new Promise((resolve) => {
    const check = () => {
      if (!formShown()) return;
      observer.disconnect();
      const seenAt = performance.now();
      requestAnimationFrame(() => { const frameAt = performance.now(); setTimeout(() => resolve({ seenAt, frameAt }), 0); });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  // A keystroke's main-thread cost: from its keydown to the end of the task after it, with style and
  // layout forced there — handlers, React's render and commit, effects, style and layout; no waiting for vsync.
  const keys = [];
  // And what a person waits for: from the keydown to the second frame after it, so the first frame's style,
  // layout and paint are inside, as is work a component put off until after that frame (deferred values).
  const frames = [];
  addEventListener('keydown', () => {
    const start = performance.now();
    setTimeout(() => { void document.body.offsetHeight; keys.push(performance.now() - start); }, 0);
    requestAnimationFrame(() => requestAnimationFrame(() => frames.push(performance.now() - start)));
  }, true);
  window.__bench = { commits, longTasks, interactions, ready, keys, frames };
})();`;

interface MountSample {
  navigationToReady: number;
  renderToReady: number;
  totalBlockingTime: number;
  commitsBeforeFirstPaint: number;
}

async function openPage(browser: Browser, url: string, throttle: number): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage();
  await page.addInitScript(probe);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  return { page, cdp };
}

const pageUrl = (base: string, variant: Variant | typeof RHF_FLOOR, component: Component) =>
  `${base}/${variant}-${component}.html?expectName=${component === 'SignupFlow' ? '' : 'Kevin'}`;

async function mount(
  browser: Browser,
  base: string,
  variant: Variant | typeof RHF_FLOOR,
  component: Component,
  throttle: number,
) {
  const { page } = await openPage(browser, pageUrl(base, variant, component), throttle);
  const sample = await page.evaluate(async (): Promise<MountSample> => {
    type Probe = {
      commits: { t: number; form: boolean }[];
      longTasks: { start: number; duration: number }[];
      ready: Promise<{ seenAt: number; frameAt: number }>;
    };
    const bench = (window as unknown as { __bench: Probe }).__bench;
    const { frameAt } = await bench.ready;
    const render = performance.getEntriesByName('bench:render')[0]?.startTime ?? 0;
    const first = bench.commits.findIndex((commit) => commit.form);
    const commits = first < 0 ? 0 : bench.commits.slice(first).filter((commit) => commit.t <= frameAt).length;
    const blocking = bench.longTasks
      .filter((task) => task.start < frameAt)
      .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
    return {
      navigationToReady: frameAt,
      renderToReady: frameAt - render,
      totalBlockingTime: blocking,
      commitsBeforeFirstPaint: commits,
    };
  });
  await page.close();
  return sample;
}

/** The page's running totals from CDP: layouts, and main-thread task time in ms (every task: script, style, layout, paint). */
async function mainThread(cdp: CDPSession): Promise<{ layouts: number; taskMs: number }> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { layouts: value('LayoutCount'), taskMs: value('TaskDuration') * 1000 };
}

type Probe = { interactions: Map<number, number>; keys: number[]; frames: number[]; ready: Promise<unknown> };

/** Waits until the key's work and the frame it caused are done. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

async function focusField(page: Page, field: KeyField) {
  await page.evaluate((field) => {
    const byName = (name: string) => document.querySelector(`[name="${name}"]`) as HTMLInputElement;
    const tagInput = () =>
      [...document.querySelectorAll('label')].find((label) => label.textContent?.trim().startsWith('Tags'))
        ?.control as HTMLInputElement;
    const element =
      field === 'statusMessage'
        ? byName('statusMessage')
        : field === 'metadata'
          ? byName('metadata')
          : field === 'tagText' || field === 'tagAdd'
            ? tagInput()
            : byName('name');
    element.focus();
    // In the metadata text, type inside the last string so the JSON stays valid.
    const at = field === 'metadata' ? element.value.lastIndexOf('lorem') + 5 : element.value.length;
    element.setSelectionRange(at, at);
  }, field);
  if (field === 'nameAfterBlur') {
    // Leaving the field marks it touched: from then on every keystroke validates.
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await settle(page);
    await page.evaluate(() => {
      const name = document.querySelector('[name="name"]') as HTMLInputElement;
      name.focus();
      name.setSelectionRange(name.value.length, name.value.length);
    });
  }
  await settle(page);
}

interface KeySample {
  /** Wall time from each keydown to the end of the task after it (style and layout forced there). */
  ms: number[];
  /** Main-thread task time of each key (CDP TaskDuration from the key press until its frame is done: paint included). */
  taskMs: number[];
  /** Wall time from each keydown to the second animation frame after it (style, layout and paint of the first inside). */
  frameMs: number[];
  interactions: number[];
  layouts: number[];
}

interface OpenPage {
  page: Page;
  cdp: CDPSession;
}

/**
 * Types `keys` keys into one field of each page, one key per page in turn (starting one page further on
 * each key): a burst of load from elsewhere on the machine lands on every variant alike, not on one.
 */
async function typeInto(pages: OpenPage[], field: KeyField, keys: number): Promise<KeySample[]> {
  for (const { page } of pages) {
    await focusField(page, field);
    await page.evaluate(() => {
      const bench = (window as unknown as { __bench: Probe }).__bench;
      bench.interactions.clear();
      bench.keys.length = 0;
      bench.frames.length = 0;
    });
  }
  const layouts: number[][] = pages.map(() => []);
  const taskMs: number[][] = pages.map(() => []);
  const count = field === 'tagAdd' ? Math.min(keys, 20) : keys;
  for (let i = 0; i < count; i++) {
    const letter = String.fromCharCode(97 + (i % 26));
    for (let turn = 0; turn < pages.length; turn++) {
      const index = (i + turn) % pages.length;
      const { page, cdp } = pages[index] as OpenPage;
      if (field === 'tagAdd') {
        await page.keyboard.press(letter);
        await settle(page);
      }
      const before = await mainThread(cdp);
      await page.keyboard.press(field === 'tagAdd' ? 'Enter' : letter);
      await settle(page);
      const after = await mainThread(cdp);
      layouts[index]?.push(after.layouts - before.layouts);
      taskMs[index]?.push(after.taskMs - before.taskMs);
    }
  }
  return Promise.all(
    pages.map(async ({ page }, index) => {
      const { all, frames, interactions } = await page.evaluate(async () => {
        const bench = (window as unknown as { __bench: Probe }).__bench;
        // The last key's second frame comes after the settle that followed it.
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        return { all: [...bench.keys], frames: [...bench.frames], interactions: [...bench.interactions.values()] };
      });
      // The probe records one entry per keydown: tag add types the tag's letter before each measured Enter.
      const expected = field === 'tagAdd' ? 2 * count : count;
      if (all.length !== expected)
        throw new Error(`${field}: the probe saw ${all.length} keydowns, expected ${expected}`);
      if (frames.length !== expected)
        throw new Error(`${field}: the probe saw ${frames.length} second frames, expected ${expected}`);
      const measured = <T>(values: T[]) => (field === 'tagAdd' ? values.filter((_, key) => key % 2 === 1) : values);
      return {
        ms: measured(all),
        taskMs: taskMs[index] ?? [],
        frameMs: measured(frames),
        interactions,
        layouts: layouts[index] ?? [],
      };
    }),
  );
}

const whenReady = (page: Page) =>
  page.evaluate(() => (window as unknown as { __bench: { ready: Promise<unknown> } }).__bench.ready);

/** Every field's keystrokes, the variants' pages open side by side and typed into in turn. */
async function keystrokes(browser: Browser, base: string, order: readonly Variant[], throttle: number, keys: number) {
  const samples = new Map<Variant, Partial<Record<KeyField, KeySample>>>(order.map((variant) => [variant, {}]));
  const record = (field: KeyField, measured: KeySample[]) =>
    measured.forEach((sample, i) => {
      (samples.get(order[i] as Variant) as Partial<Record<KeyField, KeySample>>)[field] = sample;
    });
  const profiles: OpenPage[] = [];
  for (const variant of order)
    profiles.push(await openPage(browser, pageUrl(base, variant, 'ProfileEditForm'), throttle));
  for (const { page } of profiles) await whenReady(page);
  for (const field of fields.filter((f) => f !== 'signupName')) record(field, await typeInto(profiles, field, keys));
  for (const { page } of profiles) await page.close();
  const signups: OpenPage[] = [];
  for (const variant of order) signups.push(await openPage(browser, pageUrl(base, variant, 'SignupFlow'), throttle));
  for (const { page } of signups) await whenReady(page);
  record('signupName', await typeInto(signups, 'signupName', keys));
  for (const { page } of signups) await page.close();
  return samples as Map<Variant, Record<KeyField, KeySample>>;
}

const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
};
const median = (values: number[]) => percentile(values, 50);
const round = (value: number) => Math.round(value * 10) / 10;

function summarizeKeys(runs: KeySample[]) {
  const perRun = runs.map(({ ms, taskMs, frameMs, interactions, layouts }) => ({
    p50: percentile(ms, 50),
    taskP50: percentile(taskMs, 50),
    frameP50: percentile(frameMs, 50),
    p95: percentile(ms, 95),
    max: Math.max(...ms),
    // Interactions under Event Timing's 16 ms threshold are not reported: count them as 16.
    inp: percentile([...interactions, ...Array(Math.max(0, ms.length - interactions.length)).fill(16)], 98),
    over50: ms.filter((value) => value > 50).length,
    keys: ms.length,
    layouts: percentile(layouts, 50),
  }));
  const med = (key: keyof (typeof perRun)[number]) => round(median(perRun.map((run) => run[key])));
  return {
    p50: med('p50'),
    taskP50: med('taskP50'),
    frameP50: med('frameP50'),
    p95: med('p95'),
    max: med('max'),
    inp: med('inp'),
    over50: med('over50'),
    keys: med('keys'),
    layouts: med('layouts'),
  };
}

function summarizeMount(samples: MountSample[]) {
  const med = (key: keyof MountSample) => round(median(samples.map((sample) => sample[key])));
  return {
    navigationToReady: med('navigationToReady'),
    renderToReady: med('renderToReady'),
    totalBlockingTime: med('totalBlockingTime'),
    commitsBeforeFirstPaint: med('commitsBeforeFirstPaint'),
  };
}

/** One measurement of every page: mount runs, then keystroke runs, at each throttle rate. */
async function measure(
  browser: Browser,
  url: string,
  parts = { mount: only !== 'keys', keys: only !== 'mount' },
): Promise<Results> {
  const server = { url };
  const results: Results = { meta: {}, mount: {}, keystroke: {} };
  for (const throttle of throttles) {
    const rate = `${throttle}x`;
    const mounts = new Map<string, MountSample[]>();
    for (let run = 0; run < (parts.mount ? mountRuns : 0); run++) {
      for (const component of mounted) {
        const pool: readonly (Variant | typeof RHF_FLOOR)[] =
          component === 'SignupFlow' ? [...measuredVariants, RHF_FLOOR] : measuredVariants;
        const order = rotated(run, pool);
        for (const variant of order) {
          const key = `${component}/${variant}`;
          mounts.set(key, [...(mounts.get(key) ?? []), await mount(browser, server.url, variant, component, throttle)]);
        }
      }
    }
    for (const [key, samples] of mounts) {
      const [component, variant] = key.split('/') as [Component, Variant | typeof RHF_FLOOR];
      const byVariant = results.mount[component] ?? {};
      byVariant[variant] = { ...byVariant[variant], [rate]: summarizeMount(samples) };
      results.mount[component] = byVariant;
    }
    const keyed = new Map<string, KeySample[]>();
    for (let run = 0; run < (parts.keys ? keyRuns : 0); run++) {
      const samples = await keystrokes(browser, server.url, rotated(run), throttle, keysPerField);
      for (const [variant, byField] of samples) {
        for (const field of fields)
          keyed.set(`${field}/${variant}`, [...(keyed.get(`${field}/${variant}`) ?? []), byField[field]]);
      }
    }
    for (const [key, runs] of keyed) {
      const [field, variant] = key.split('/') as [KeyField, Variant];
      const byVariant = results.keystroke[field] ?? {};
      byVariant[variant] = { ...byVariant[variant], [rate]: summarizeKeys(runs) };
      results.keystroke[field] = byVariant;
    }
  }
  return results;
}

async function main() {
  const started = Date.now();
  const outDir = mkdtempSync(join(tmpdir(), 'pk-bench-browser-'));
  await buildPages(outDir);
  const server = await serve(outDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  let results: Results;
  let budgets: Budget[] = [];
  try {
    results = await measure(browser, server.url);
    if (budgetMode) {
      budgets = checkBudgets(results);
      // A shared machine can slow one side of a ratio for a moment: a budget holds if it holds in one of
      // three runs. Each further run measures only the half (mount or keys) with a budget still missed.
      for (let attempt = 2; attempt <= 3; attempt++) {
        const missed = budgets.filter((budget) => !budget.ok && !reportOnly.has(budget.id));
        if (missed.length === 0) break;
        console.log(
          `Missed: ${missed.map((budget) => budget.id).join(', ')}; measuring that again (run ${attempt} of 3).`,
        );
        const parts = { mount: missed.some((b) => b.part === 'mount'), keys: missed.some((b) => b.part === 'keys') };
        const again = new Map(checkBudgets(await measure(browser, server.url, parts)).map((b) => [b.id, b]));
        budgets = budgets.map((budget) =>
          budget.ok || !again.get(budget.id)?.ok ? budget : (again.get(budget.id) as Budget),
        );
      }
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
  results.meta = {
    date: new Date().toISOString(),
    chromium: browser.version(),
    throttles: throttles.map((t) => `${t}x`),
    mountRuns,
    keyRuns,
    keysPerField,
    seconds: Math.round((Date.now() - started) / 1000),
    source: packagesRoot,
  };
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  const baseline = baselineFile ? (JSON.parse(readFileSync(baselineFile, 'utf8')) as Results) : undefined;
  console.log(formatTables(results, baseline));
  console.log(`\nWrote ${outFile} in ${results.meta.seconds} s.`);
  for (const budget of budgets) {
    const mark = budget.ok ? 'ok  ' : reportOnly.has(budget.id) ? 'OVER (reported, not enforced)' : 'OVER';
    console.log(`${mark} ${budget.text}`);
  }
  const unknown = [...reportOnlyIds].filter((id) => !budgets.some((budget) => budget.id === id || budget.part === id));
  if (budgetMode && unknown.length > 0) throw new Error(`--report-only names no budget: ${unknown.join(', ')}`);
  if (budgets.some((budget) => !budget.ok && !reportOnly.has(budget.id))) process.exitCode = 1;
}

await main();
