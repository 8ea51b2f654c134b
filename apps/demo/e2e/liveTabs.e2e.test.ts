import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser';
import { eraseUsers, headerName, logIn, profileName, signUpAtBackend } from './liveSession';

// Live profiles between two tabs of one browser (issue #31 a): no reload, no server push needed.
const demo = inject('demo');
let browser: Browser;
let context: BrowserContext;
const user = { uid: 'tabs-live', name: 'Tabitha Tabs', password: 'two-tabs-one-user' };

beforeAll(async () => {
  await signUpAtBackend(user);
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
});

afterAll(async () => {
  await browser?.close();
  await eraseUsers([user.uid]);
});

describe('two tabs of one browser', () => {
  it('a name saved in one tab shows in the other tab’s header and profile form without a reload', async () => {
    const one = await context.newPage();
    await logIn(one, user.uid, user.password);
    const two = await context.newPage();
    await two.goto(`${demo.demoUrl}/profile`);
    await expect.poll(() => profileName(two).inputValue(), { timeout: 10_000 }).toBe(user.name);
    // A reload would drop this mark.
    await two.evaluate(() => Object.assign(window, { notReloaded: true }));

    await profileName(one).fill('Tabitha Live');
    await one.getByRole('form', { name: 'Your profile' }).getByRole('button', { name: 'Save profile' }).click();

    await expect.poll(() => headerName(two).textContent(), { timeout: 5000 }).toBe('Tabitha Live');
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
