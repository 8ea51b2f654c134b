import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@profilekit/emulator';
import basicSsl from '@vitejs/plugin-basic-ssl';
import react from '@vitejs/plugin-react';
import { chromium, type Page } from 'playwright-core';
import { createServer } from 'vite';
import { chromiumLaunchOptions } from '../../../chromium.config';
import { freePort } from '../../../freePort';

/** The UI Kit versions under test: v5 and the latest, installed under aliases (package.json). */
const kits = [
  { page: 'v5', pkg: 'uikit-v5' },
  { page: 'latest', pkg: 'uikit-latest' },
];
const USERS = 45;
const appDir = fileURLToPath(new URL('../app/', import.meta.url));

const versionOf = (pkg: string) =>
  (
    JSON.parse(readFileSync(new URL(`../node_modules/${pkg}/package.json`, import.meta.url), 'utf8')) as {
      version: string;
    }
  ).version;

/** Every failed request a page saw: network failures, answers ≥ 400, console errors, uncaught errors. */
function watch(page: Page) {
  const failures: string[] = [];
  let requests = 0;
  page.on('request', () => requests++);
  page.on('requestfailed', (request) =>
    failures.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      failures.push(`${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console: ${message.text()} ${message.location().url}`.trim());
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  return { failures, requests: () => requests };
}

/** The user names the Users list shows now. */
const listed = (page: Page) =>
  page
    .locator('[data-testid=users]')
    .evaluate((element) => [...new Set(element.textContent?.match(/UI Kit User \d\d|Zed UI Kit \d/g) ?? [])]);

async function checkKit(page: Page, base: string, hash: string) {
  await page.goto(`${base}#${hash}`);
  await page.waitForFunction(() => document.body.dataset.ready || document.body.dataset.error, null, {
    timeout: 60_000,
  });
  const error = await page.evaluate(() => document.body.dataset.error);
  if (error) throw new Error(`the page failed: ${error}`);
  await page.waitForFunction(
    () => (document.querySelector('[data-testid=users]')?.textContent ?? '').includes('User'),
    null,
    { timeout: 30_000 },
  );
  const firstPage = (await listed(page)).length;
  // Paging: scroll the list to its end until the last seeded user shows.
  for (let attempt = 0; attempt < 20 && !(await listed(page)).includes(`UI Kit User ${USERS}`); attempt++) {
    await page.locator('[data-testid=users]').hover();
    await page.mouse.wheel(0, 20_000);
    await page.waitForTimeout(500);
  }
  const all = (await listed(page)).length;
  await page
    .getByPlaceholder(/search/i)
    .first()
    .fill('Zed');
  await page.waitForFunction(
    () => !(document.querySelector('[data-testid=users]')?.textContent ?? '').includes('UI Kit User'),
    null,
    { timeout: 15_000 },
  );
  const searched = await listed(page);
  const header = (await page.locator('[data-testid=header]').textContent()) ?? '';
  return { firstPage, all, searched, header: header.includes('Header Person') };
}

async function main(): Promise<number> {
  const emulator = await startEmulator({ port: 0, rateLimit: false });
  const admin = (method: string, path: string, body: unknown) =>
    fetch(`${emulator.url}/v3${path}`, {
      method,
      headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  for (let n = 1; n <= USERS; n++)
    await admin('POST', '/users', { uid: `uikit-user-${n}`, name: `UI Kit User ${String(n).padStart(2, '0')}` });
  for (let n = 1; n <= 3; n++) await admin('POST', '/users', { uid: `uikit-zed-${n}`, name: `Zed UI Kit ${n}` });
  await admin('POST', '/users', { uid: 'uikit-viewer', name: 'Viewer' });
  await admin('POST', '/users', { uid: 'uikit-header', name: 'Header Person' });

  const port = await freePort();
  const vite = await createServer({
    configFile: false,
    root: appDir,
    logLevel: 'warn',
    // The SDK builds https://{host}/v3/…: Vite serves the page over https (a throw-away self-signed certificate,
    // made in JavaScript by plugin-basic-ssl) and proxies /v3 to the emulator, keeping the page's Host (the
    // emulator's host guard accepts localhost).
    plugins: [react(), basicSsl()],
    server: {
      host: 'localhost',
      port,
      strictPort: true,
      proxy: { '/v3': { target: emulator.url } },
    },
  });
  await vite.listen();
  const browser = await chromium.launch(chromiumLaunchOptions);
  let failed = 0;
  try {
    for (const kit of kits) {
      const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1200, height: 900 } });
      const page = await context.newPage();
      const seen = watch(page);
      const hash = new URLSearchParams({
        appId: emulator.appId,
        authKey: emulator.authKey,
        uid: 'uikit-viewer',
        headerUid: 'uikit-header',
      });
      const label = `${kit.pkg.replace('uikit-', '')} (@cometchat/chat-uikit-react ${versionOf(kit.pkg)})`;
      try {
        const result = await checkKit(page, `https://localhost:${port}/${kit.page}.html`, hash.toString());
        const problems = [
          result.all < USERS + 3 ? `listed ${result.all} of ${USERS + 3} users after scrolling` : '',
          result.firstPage >= result.all ? 'no second page was loaded' : '',
          result.searched.length !== 3 ? `search "Zed" listed ${JSON.stringify(result.searched)}` : '',
          result.header ? '' : 'the message header does not name Header Person',
          ...seen.failures,
        ].filter(Boolean);
        if (problems.length > 0) throw new Error(problems.join('\n  '));
        console.log(
          `uikit ${label}: users listed ${result.firstPage} then ${result.all} (paged), search 3, header ok; ${seen.requests()} requests, none failed`,
        );
      } catch (error) {
        failed++;
        console.error(`uikit ${label}: FAILED\n  ${(error as Error).message}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await vite.close();
    await emulator.close();
  }
  console.log(
    `uikit: ${kits.length - failed} passed, ${failed} failed (CometChat's React UI Kit against the emulator)`,
  );
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`uikit: ${error.stack ?? error.message}`);
    process.exit(2);
  },
);
