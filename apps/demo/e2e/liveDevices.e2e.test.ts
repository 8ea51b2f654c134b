import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { eraseUsers, headerName, type LiveUser, logIn, profileName, signUpAtBackend } from './liveSession';

// Live profiles across devices (issue #31 b): each browser context is a device; the backend's event stream
// (GET /api/events) carries an admin's changes to the users' open apps.
let browser: Browser;
const renamed: LiveUser = { uid: 'live-renamed', name: 'Rena Before', password: 'renamed-by-an-admin' };
const banned: LiveUser = { uid: 'live-banned', name: 'Ben Banned', password: 'deactivated-by-an-admin' };
/** The seeded admin of seed/accounts.json. */
const admin = { login: 'ada', password: 'analytical-engine-1843' };

async function device(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  return context.newPage();
}

async function openInAdmin(page: Page, user: LiveUser) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin', exact: true }).click();
  // The directory keeps its search in the URL: /admin?…
  await page.waitForURL(/\/admin(\?|$)/);
  await page.getByLabel('Search users').fill(user.uid);
  await page.getByRole('button', { name: `Edit ${user.name} (${user.uid})` }).click();
}

beforeAll(async () => {
  await signUpAtBackend(renamed);
  await signUpAtBackend(banned);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await eraseUsers([renamed.uid, banned.uid]);
});

describe('two devices through the backend’s event stream', () => {
  it('an admin renames a user: their open app shows the new name; deactivates another: their app signs them out', async () => {
    const renamedApp = await device();
    await logIn(renamedApp, renamed.uid, renamed.password);
    const bannedApp = await device();
    await logIn(bannedApp, banned.uid, banned.password);
    const adminApp = await device();
    await logIn(adminApp, admin.login, admin.password);

    await openInAdmin(adminApp, renamed);
    const form = adminApp.getByRole('form', { name: `Edit ${renamed.name}` });
    await form.getByLabel('Name', { exact: true }).fill('Rena After');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => headerName(renamedApp).textContent(), { timeout: 5000 }).toBe('Rena After');
    await expect.poll(() => profileName(renamedApp).inputValue(), { timeout: 5000 }).toBe('Rena After');

    await openInAdmin(adminApp, banned);
    const zone = adminApp.getByRole('region', { name: 'Danger zone' });
    await zone.getByRole('button', { name: 'Deactivate user' }).click();
    await bannedApp.waitForURL('**/login', { timeout: 5000 });
    const notice = bannedApp.getByRole('alert').filter({ hasText: 'An administrator deactivated your account' });
    await expect.poll(() => notice.count()).toBe(1);
    await expect.poll(() => bannedApp.getByRole('button', { name: 'Log out' }).count()).toBe(0);
    await expect.poll(() => bannedApp.evaluate(() => localStorage.getItem('profilekit-demo:authToken'))).toBeNull();
  });
});
