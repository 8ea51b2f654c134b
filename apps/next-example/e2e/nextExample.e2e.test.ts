import { type Browser, type ConsoleMessage, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../chromium.config';

const app = inject('nextExample');
let browser: Browser;
let page: Page;
const consoleMessages: ConsoleMessage[] = [];
const pageErrors: Error[] = [];

/** What the emulator holds for a uid, read with the REST API key (as a backend would). */
async function cometChatUser(uid: string) {
  const response = await fetch(`${app.emulatorUrl}/v3/users/${uid}`, { headers: { apikey: app.restApiKey } });
  return response.ok ? ((await response.json()) as { data: Record<string, unknown> }).data : undefined;
}

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
  page = await browser.newPage({ viewport: { width: 1024, height: 900 }, colorScheme: 'light' });
  page.on('console', (message) => consoleMessages.push(message));
  page.on('pageerror', (error) => pageErrors.push(error));
});

afterAll(async () => {
  await browser?.close();
});

describe('apps/next-example: server pages render the forms, built by next build, against the emulator', () => {
  it("keeps the kit's borders and colours in the production build, on a page that declares no theme", async () => {
    // next build minifies styles.css with Lightning CSS; this layout declares neither data-theme nor color-scheme,
    // and the visitor's OS prefers dark: the form must still be the light theme, with every colour resolved.
    const dark = await browser.newPage({ viewport: { width: 1024, height: 900 }, colorScheme: 'dark' });
    try {
      await dark.goto(app.appUrl);
      const looks = await dark.getByRole('form', { name: 'Sign up' }).evaluate((form) => {
        const input = getComputedStyle(form.querySelector('input[name="uid"]') as Element);
        const button = getComputedStyle(form.querySelector('button[type="submit"]') as Element);
        return {
          background: getComputedStyle(form).backgroundColor,
          inputBorder: `${input.borderTopWidth} ${input.borderTopStyle}`,
          inputBorderColor: input.borderTopColor,
          buttonBackground: button.backgroundColor,
        };
      });
      expect(looks).toEqual({
        background: 'rgb(255, 255, 255)',
        inputBorder: '1px solid',
        inputBorderColor: 'rgb(138, 145, 160)',
        buttonBackground: 'rgb(51, 70, 211)',
      });
    } finally {
      await dark.close();
    }
  });

  it('signs up through SignupFlow (the route handler mounting @profilekit/server creates the user)', async () => {
    await page.goto(app.appUrl);
    const form = page.getByRole('form', { name: 'Sign up' });
    await form.waitFor({ state: 'visible' });
    // Server-rendered: the form is in the HTML Next sends, before any script runs.
    const html = await (await fetch(app.appUrl)).text();
    expect(html).toContain('name="uid"');
    await form.getByLabel('Name', { exact: true }).fill('Grace Hopper');
    const uid = form.getByLabel('UID', { exact: true });
    // The availability check is the route handler's GET /api/signup/uids/:uid (nobody is logged in yet).
    await uid.fill('grace-hopper');
    await page.getByText('"grace-hopper" is available.').waitFor({ timeout: 15_000 });
    const signup = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/signup');
    await form.getByRole('button', { name: 'Sign up' }).click();
    expect((await signup).status()).toBe(200);
    await page.getByText('You are signed up and logged in.').waitFor({ timeout: 15_000 });
    expect(await cometChatUser('grace-hopper')).toMatchObject({
      uid: 'grace-hopper',
      name: 'Grace Hopper',
      role: 'default',
    });
  });

  it('its route handler refuses a sign-up that chooses a role, and another browser retrying a taken uid', async () => {
    const post = (body: unknown, cookie?: string) =>
      fetch(`${app.appUrl}/api/signup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie && { cookie }) },
        body: JSON.stringify(body),
      });
    const asAdmin = await post({ user: { uid: 'mallory', name: 'Mallory', role: 'admin' } });
    expect(asAdmin.status).toBe(400);
    expect(await asAdmin.json()).toMatchObject({
      error: { details: { role: ['A new user cannot choose their role.'] } },
    });
    expect(await cometChatUser('mallory')).toBeUndefined();

    const stolen = await post({ user: { uid: 'grace-hopper', name: 'Grace Hopper' } });
    expect(stolen.status).toBe(400);
    expect(await stolen.clone().json()).toMatchObject({ error: { code: 'ERR_UID_ALREADY_EXISTS' } });
    expect(JSON.stringify(await stolen.json())).not.toContain('authToken');
    const taken = await fetch(`${app.appUrl}/api/signup/uids/grace-hopper`);
    expect(await taken.json()).toEqual({ data: { available: false } });
  });

  it('edits the profile with ProfileEditForm, and the change survives a reload', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your profile' }).click();
    const status = page.getByLabel('Status message', { exact: true });
    await status.waitFor({ state: 'visible', timeout: 15_000 });
    await expect(page.getByLabel('Name', { exact: true }).inputValue()).resolves.toBe('Grace Hopper');
    await status.fill('Debugging the Mark II');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByText('Your changes were saved.').first().waitFor({ timeout: 15_000 });
    expect(await cometChatUser('grace-hopper')).toMatchObject({ statusMessage: 'Debugging the Mark II' });

    await page.reload();
    await page.getByLabel('Status message', { exact: true }).waitFor({ state: 'visible', timeout: 15_000 });
    await expect
      .poll(() => page.getByLabel('Status message', { exact: true }).inputValue(), { timeout: 15_000 })
      .toBe('Debugging the Mark II');
  });

  it('hydrates without a warning: no hydration message, no console error, no page error', () => {
    const problems = consoleMessages
      .filter((message) => message.type() === 'error' || message.type() === 'warning')
      .map((message) => message.text());
    expect(problems.filter((text) => /hydrat|did not match|#418|#423|#425/i.test(text))).toEqual([]);
    expect(problems).toEqual([]);
    expect(pageErrors.map(String)).toEqual([]);
  });
});
