import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshotBothThemes } from './browser';

const demo = inject('demo');
let browser: Browser;
let page: Page;

const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 15_000 });
const importer = () => page.getByRole('region', { name: 'Import users from CSV' });
const uids = ['csvimp-ada', 'csvimp-bob', 'csvimp-cy', 'csvimp-dee', 'csvimp-eve'];

/** Five good rows, a uid with a space and a javascript: avatar: the dry run must name those two. */
const file = Papa.unparse([
  ['User ID', 'Display name', 'Role', 'Tags', 'Metadata', 'Avatar'],
  [uids[0], 'Ada Import', 'moderator', 'vip;beta', '{"plan":"pro"}', ''],
  [uids[1], 'Bob Import', '', 'beta', '', ''],
  ['csv imp bad', 'Space In UID', '', '', '', ''],
  [uids[2], 'Cy Import', '', '', '', 'https://example.com/cy.png'],
  [uids[3], 'Dee Import', '', '', '{"team":"ops"}', ''],
  ['csvimp-evil', 'Evil Avatar', '', '', '', 'javascript:alert(1)'],
  [uids[4], '=Eve Import', 'default', '', '', ''],
]);

/** The users whose uid or name starts with `key`, deactivated ones too, as the emulator lists them. */
async function emulatorSearch(key: string): Promise<string[]> {
  const url = `${demo.emulatorUrl}/v3/users?searchKey=${key}&withDeactivated=1&perPage=1000`;
  const body = (await (await fetch(url, { headers: { apikey: demo.restApiKey } })).json()) as {
    data: { uid: string }[];
  };
  return body.data.map((user) => user.uid).sort();
}

async function cometChatUser(uid: string) {
  const response = await fetch(`${demo.emulatorUrl}/v3/users/${uid}`, { headers: { apikey: demo.restApiKey } });
  return response.ok ? ((await response.json()) as { data: Record<string, unknown> }).data : undefined;
}

async function chooseFile() {
  await importer()
    .getByLabel('CSV file')
    .setInputFiles({ name: 'users.csv', mimeType: 'text/csv', buffer: Buffer.from(file) });
  await visible(importer().getByRole('button', { name: 'Check 7 rows' }));
}

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', acceptDownloads: true });
  await page.goto(`${demo.demoUrl}/login`);
  const form = page.getByRole('form', { name: 'Log in', exact: true });
  await form.getByLabel('UID or email').fill('ada');
  await form.getByLabel('Password').fill('analytical-engine-1843');
  await form.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL('**/profile');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin', exact: true }).click();
  await page.waitForURL('**/admin');
});

afterAll(async () => {
  await browser?.close();
  // Leave the shared emulator as seeded: the other demo tests count its users.
  for (const uid of uids) {
    await fetch(`${demo.emulatorUrl}/v3/users/${uid}`, {
      method: 'DELETE',
      headers: { apikey: demo.restApiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ permanent: true }),
    });
  }
});

describe('CSV import and export in the toolbar of the demo’s user directory', () => {
  it('the toolbar row shows Export CSV and an Import CSV toggle; the import opens below it', async () => {
    const tools = page.getByRole('region', { name: 'CSV export and import' });
    await visible(tools.getByRole('button', { name: 'Export CSV' }));
    const toggle = tools.getByRole('button', { name: 'Import CSV' });
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(importer().count(), 'the import is hidden until asked for').resolves.toBe(0);
    await toggle.click();
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await visible(importer().getByLabel('CSV file'));
    await screenshotBothThemes(page, 'admin-csv-toolbar');
  });

  it('imports 5 valid rows of 7: the dry run shows the 2 errors, the import creates the 5', async () => {
    await chooseFile();
    const mapping = importer().getByRole('group', { name: 'Columns' });
    await expect(mapping.getByLabel('uid').inputValue()).resolves.toBe('0');
    await expect(mapping.getByLabel('name').inputValue()).resolves.toBe('1');
    await importer().getByRole('button', { name: 'Check 7 rows' }).click();
    await visible(importer().getByText('Ready to import: 5. With errors: 2.'));
    const errors = importer().getByRole('table', { name: 'Rows with errors' });
    await expect(errors.locator('tbody tr').count()).resolves.toBe(2);
    await expect(errors.locator('tbody tr').nth(0).innerText()).resolves.toMatch(/4\s+csv imp bad\s+uid: /);
    await expect(errors.locator('tbody tr').nth(1).innerText()).resolves.toMatch(/7\s+csvimp-evil\s+avatar: /);
    for (const uid of uids) expect(await cometChatUser(uid), 'the dry run sends nothing').toBeUndefined();
    await screenshotBothThemes(page, 'admin-csv-dry-run');

    await importer().getByRole('button', { name: 'Import 5 users' }).click();
    await visible(importer().getByText('Created: 5. Already existed: 0. Failed: 0.'));
    expect(await emulatorSearch('csvimp')).toEqual([...uids].sort());
    await expect(cometChatUser(uids[0] as string)).resolves.toMatchObject({
      name: 'Ada Import',
      role: 'moderator',
      tags: ['vip', 'beta'],
      metadata: { plan: 'pro' },
    });
    await expect(cometChatUser(uids[4] as string)).resolves.toMatchObject({ name: '=Eve Import' });

    const download = page.waitForEvent('download');
    await importer().getByRole('button', { name: 'Download error report' }).click();
    const report = Papa.parse<string[]>(await readFile((await (await download).path()) as string, 'utf8')).data;
    expect(report.slice(1, 3).map((row) => row.slice(0, 4))).toEqual([
      ['4', 'csv imp bad', 'invalid', 'uid'],
      ['7', 'csvimp-evil', 'invalid', 'avatar'],
    ]);
  });

  it('exports the filtered set: exactly the users the search matches, metadata as JSON', async () => {
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Search users').fill('csvimp');
    await visible(page.getByText('Page 1 of 1 · 5 users'));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export CSV' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('users.csv');
    await visible(page.getByText('Users exported: 5.'));
    const [header, ...rows] = Papa.parse<string[]>(await readFile((await saved.path()) as string, 'utf8'), {
      skipEmptyLines: true,
    }).data;
    expect(header).toEqual(['uid', 'name', 'role', 'statusMessage', 'tags', 'metadata', 'createdAt']);
    expect(rows.map((row) => row[0]).sort()).toEqual(await emulatorSearch('csvimp'));
    const ada = rows.find((row) => row[0] === 'csvimp-ada');
    expect(ada?.slice(1, 6)).toEqual(['Ada Import', 'moderator', '', 'vip;beta', '{"plan":"pro"}']);
    // A cell a spreadsheet would run as a formula is written with a leading quote.
    expect(rows.find((row) => row[0] === 'csvimp-eve')?.[1]).toBe("'=Eve Import");
  });

  it('importing the same file again creates none and reports the 5 as existing', async () => {
    await importer().getByRole('button', { name: 'Choose another file' }).click();
    await chooseFile();
    await importer().getByRole('button', { name: 'Check 7 rows' }).click();
    await visible(importer().getByText('Ready to import: 5. With errors: 2.'));
    await importer().getByRole('button', { name: 'Import 5 users' }).click();
    await visible(importer().getByText('Created: 0. Already existed: 5. Failed: 0.'));
    expect(await emulatorSearch('csvimp')).toEqual([...uids].sort());
    await expect(cometChatUser(uids[4] as string)).resolves.toMatchObject({ name: '=Eve Import' });
  });
});
