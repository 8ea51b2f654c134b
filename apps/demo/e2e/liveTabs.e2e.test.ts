import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';

// Live profiles between two tabs of one browser (issue #31 a): no reload, no server push needed.
const demo = inject('demo');
let browser: Browser;
let context: BrowserContext;
const user = { uid: 'tabs-live', name: 'Tabitha Tabs', password: 'two-tabs-one-user' };

const header = (page: Page) => page.locator('.demo-header .demo-user-name');
const profileName = (page: Page) =>
  page.getByRole('form', { name: 'Your profile' }).getByLabel('Name', { exact: true });

async function logIn(page: Page) {
  await page.goto(`${demo.demoUrl}/login`);
  const form = page.getByRole('form', { name: 'Log in', exact: true });
  await form.getByLabel('UID or email').fill(user.uid);
  await form.getByLabel('Password').fill(user.password);
  await form.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL('**/profile');
}

beforeAll(async () => {
  const signup = await fetch(`${demo.backendUrl}/api/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ user: { uid: user.uid, name: user.name }, account: { password: user.password } }),
  });
  expect(signup.status).toBeLessThan(300);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
});

afterAll(async () => {
  await browser?.close();
  // Leave the shared emulator as the other suites count it.
  await fetch(`${demo.emulatorUrl}/v3/users/${user.uid}`, {
    method: 'DELETE',
    headers: { apikey: demo.restApiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ permanent: true }),
  });
});

describe('two tabs of one browser', () => {
  it('a name saved in one tab shows in the other tab’s header and profile form without a reload', async () => {
    const one = await context.newPage();
    await logIn(one);
    const two = await context.newPage();
    await two.goto(`${demo.demoUrl}/profile`);
    await expect.poll(() => profileName(two).inputValue(), { timeout: 10_000 }).toBe(user.name);
    // A reload would drop this mark.
    await two.evaluate(() => Object.assign(window, { notReloaded: true }));

    await profileName(one).fill('Tabitha Live');
    await one.getByRole('form', { name: 'Your profile' }).getByRole('button', { name: 'Save profile' }).click();

    await expect.poll(() => header(two).textContent(), { timeout: 5000 }).toBe('Tabitha Live');
    await expect.poll(() => profileName(two).inputValue(), { timeout: 5000 }).toBe('Tabitha Live');
    await expect(two.evaluate(() => 'notReloaded' in window)).resolves.toBe(true);
  });

  it('a logout in one tab logs out the other, which says why', async () => {
    const [one, two] = context.pages();
    if (!one || !two) throw new Error('the previous test opened two tabs');
    await one.getByRole('button', { name: 'Log out' }).click();
    await one.waitForURL('**/login');
    await two.waitForURL('**/login', { timeout: 5000 });
    await expect.poll(() => two.getByRole('button', { name: 'Log out' }).count()).toBe(0);
    await expect
      .poll(() => two.getByRole('alert').filter({ hasText: 'You logged out in another tab.' }).count())
      .toBe(1);
  });
});
