/**
 * The directory's browser benchmark (issue #32): `UserDirectory` with a page of 100 users against a plain React
 * table of the same rows, each a standalone production bundle (esbuild) in Debian's Chromium at 4× CPU (CDP).
 *
 * - mount: render → the frame that paints the 100th row, median of `--runs` (default 7) fresh pages each;
 * - keys: typing in the search box, ms from each keydown to the end of the task after it (style and layout
 *   forced there), median of `--keys` (default 30) keys per page, the pages taking turns key by key.
 *
 *   tsx scripts/bench/directory.ts            print both ratios (and write artifacts/bench/directory.json)
 *   tsx scripts/bench/directory.ts --budget   exit 1 when mount > 1.5× or a key > 1.15× the plain page's
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
import { sourcesOf } from './browser/sourcesOf';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const runs = Number(option('--runs') ?? 7);
const keyCount = Number(option('--keys') ?? 30);
const THROTTLE = 4;
const budgets = { mount: 1.5, keys: 1.15 };
const variants = { kit: 'directoryKit.tsx', plain: 'directoryPlain.tsx' } as const;
type Variant = keyof typeof variants;

async function buildPages(outDir: string) {
  const nodePaths = ['node_modules', 'packages/react/node_modules', 'packages/core/node_modules'].map((dir) =>
    join(repo, dir),
  );
  for (const [variant, entry] of Object.entries(variants)) {
    await build({
      entryPoints: [join(repo, 'scripts/bench/browser', entry)],
      outfile: join(outDir, `${variant}.js`),
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [sourcesOf(join(repo, 'packages'))],
      nodePaths,
      logLevel: 'error',
    });
    const styles = variant === 'kit' ? '<link rel="stylesheet" href="styles.css">' : '';
    writeFileSync(
      join(outDir, `${variant}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${variant}</title>${styles}</head>` +
        `<body><div id="root"></div><script type="module" src="${variant}.js"></script></body></html>`,
    );
  }
  writeFileSync(join(outDir, 'styles.css'), readFileSync(join(repo, 'packages/react/src/styles.css'), 'utf8'));
}

function serve(dir: string) {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname.replace(/^\/+/, '').replace(/\.\./g, '');
    try {
      const body = readFileSync(join(dir, path));
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

/** Before any page script: `ready` resolves on the frame that paints the 100th row; `keys` collects key costs. */
const probe = `(() => {
  window.__name = (fn) => fn;
  const ready = new Promise((resolve) => {
    const check = () => {
      if (document.querySelectorAll('tbody tr').length < 100) return;
      observer.disconnect();
      requestAnimationFrame(() => { const frameAt = performance.now(); setTimeout(() => resolve(frameAt), 0); });
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true });
  });
  const keys = [];
  addEventListener('keydown', () => {
    const start = performance.now();
    setTimeout(() => { void document.body.offsetHeight; keys.push(performance.now() - start); }, 0);
  }, true);
  window.__bench = { ready, keys };
})();`;

async function openPage(browser: Browser, url: string): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await browser.newPage();
  await page.addInitScript(probe);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url);
  return { page, cdp };
}

type Probe = { ready: Promise<number>; keys: number[] };

async function mount(browser: Browser, base: string, variant: Variant): Promise<number> {
  const { page } = await openPage(browser, `${base}/${variant}.html`);
  const ms = await page.evaluate(async () => {
    const frameAt = await (window as unknown as { __bench: Probe }).__bench.ready;
    return frameAt - (performance.getEntriesByName('bench:render')[0]?.startTime ?? 0);
  });
  await page.close();
  return ms;
}

const settle = (page: Page) =>
  page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));

/** Types into each page's search box, one key per page in turn, and returns each page's per-key costs. */
async function keys(browser: Browser, base: string): Promise<Record<Variant, number[]>> {
  const pages = await Promise.all(
    (Object.keys(variants) as Variant[]).map(async (variant) => {
      const { page } = await openPage(browser, `${base}/${variant}.html`);
      await page.evaluate(() => (window as unknown as { __bench: Probe }).__bench.ready);
      await page.getByRole('searchbox', { name: 'Search users' }).focus();
      await settle(page);
      await page.evaluate(() => {
        (window as unknown as { __bench: Probe }).__bench.keys.length = 0;
      });
      return { variant, page };
    }),
  );
  for (let i = 0; i < keyCount; i++) {
    for (let turn = 0; turn < pages.length; turn++) {
      const { page } = pages[(i + turn) % pages.length] as (typeof pages)[number];
      // Letters no user's name or uid starts with: the search finds nobody, so each pause costs the same.
      await page.keyboard.press(String.fromCharCode(113 + (i % 8)));
      await settle(page);
    }
  }
  const result = {} as Record<Variant, number[]>;
  for (const { variant, page } of pages) {
    result[variant] = await page.evaluate(() => [...(window as unknown as { __bench: Probe }).__bench.keys]);
    await page.close();
  }
  return result;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const outDir = mkdtempSync(join(tmpdir(), 'profilekit-bench-directory-'));
const server = await serve(outDir);
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  await buildPages(outDir);
  const mounts: Record<Variant, number[]> = { kit: [], plain: [] };
  for (let run = 0; run < runs; run++) {
    // Alternate which page goes first: a burst of load elsewhere lands on both alike.
    for (const variant of run % 2 ? (['plain', 'kit'] as const) : (['kit', 'plain'] as const))
      mounts[variant].push(await mount(browser, server.url, variant));
  }
  const typed = await keys(browser, server.url);
  const result = {
    throttle: THROTTLE,
    mount: { kit: median(mounts.kit), plain: median(mounts.plain) },
    keys: { kit: median(typed.kit), plain: median(typed.plain) },
  };
  const ratios = { mount: result.mount.kit / result.mount.plain, keys: result.keys.kit / result.keys.plain };
  const row = (name: string, kit: number, plain: number, ratio: number, budget: number) =>
    `${name.padEnd(44)} ${kit.toFixed(1).padStart(8)} ${plain.toFixed(1).padStart(8)} ${`${ratio.toFixed(2)}×`.padStart(7)}  ${ratio <= budget ? 'ok' : 'OVER'} ≤ ${budget}×`;
  console.log(
    `${'directory, 100 rows, Chromium 4× CPU (ms, median)'.padEnd(44)} ${'kit'.padStart(8)} ${'plain'.padStart(8)}   ratio`,
  );
  console.log(
    row(
      `mount: render → 100 rows painted (${runs} runs)`,
      result.mount.kit,
      result.mount.plain,
      ratios.mount,
      budgets.mount,
    ),
  );
  console.log(row(`search: per key (${keyCount} keys)`, result.keys.kit, result.keys.plain, ratios.keys, budgets.keys));
  const outFile = join(repo, 'artifacts/bench/directory.json');
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify({ ...result, ratios, mounts, typed }, null, 2)}\n`);
  if (args.includes('--budget') && (ratios.mount > budgets.mount || ratios.keys > budgets.keys)) process.exitCode = 1;
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, { recursive: true, force: true });
}
