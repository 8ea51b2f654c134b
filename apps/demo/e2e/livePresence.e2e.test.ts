import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser';
import { eraseUsers, type LiveUser, logIn, signUpAtBackend } from './liveSession';

// Presence (issue #31 c): the emulator's webhooks reach the backend, whose event stream reaches the admin's list.
let browser: Browser;
const visitor: LiveUser = { uid: 'live-presence', name: 'Priya Presence', password: 'online-then-offline' };
/** The seeded admin of seed/accounts.json. */
const admin = { login: 'ada', password: 'analytical-engine-1843' };

async function device(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  return context.newPage();
}

/** The status badge in the visitor's row of the admin's user directory. */
const statusOf = (page: Page) =>
  page.getByRole('row').filter({ hasText: visitor.uid }).locator('[data-status]').getAttribute('data-status');

beforeAll(async () => {
  await signUpAtBackend(visitor);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await eraseUsers([visitor.uid]);
});

describe('presence in the admin list', () => {
  it('a second user logs in: the admin’s list shows them online; they log out: offline', async () => {
    const adminApp = await device();
    await logIn(adminApp, admin.login, admin.password);
    await adminApp.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin', exact: true }).click();
    await adminApp.waitForURL('**/admin');
    await adminApp.getByLabel('Search users').fill(visitor.uid);
    await expect.poll(() => statusOf(adminApp), { timeout: 10_000 }).toBe('offline');

    const visitorApp = await device();
    await logIn(visitorApp, visitor.uid, visitor.password);
    await expect.poll(() => statusOf(adminApp), { timeout: 5000 }).toBe('online');

    await visitorApp.getByRole('button', { name: 'Log out' }).click();
    await visitorApp.waitForURL('**/login');
    await expect.poll(() => statusOf(adminApp), { timeout: 5000 }).toBe('offline');
  });
});
