import { createMemoryStore, type RunningEmulator, seedUsers, startEmulator } from '@profilekit/emulator';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../../chromium.config';
import { type AttackerSite, chromiumResolving, startAttackerSite } from '../support/attackerSite';

/** What a page got from one `fetch`: the status and body, or the browser's refusal. */
type Outcome = { status: number; body: string } | { blocked: string };

let browser: Browser;
let emulator: RunningEmulator;
let crossOrigin: AttackerSite;
let rebinding: AttackerSite;
let page: Page;

beforeAll(async () => {
  const store = createMemoryStore();
  seedUsers(
    store,
    [
      { uid: 'victim1', name: 'Victim One' },
      { uid: 'victim2', name: 'Victim Two' },
    ],
    {
      roles: ['default'],
    },
  );
  emulator = await startEmulator({ port: 0, store, rateLimit: false });
  crossOrigin = await startAttackerSite('evil.test');
  rebinding = await startAttackerSite('rebind.test', { rebindTo: Number(new URL(emulator.url).port) });
  browser = await chromium.launch({
    ...chromiumLaunchOptions,
    args: [...chromiumLaunchOptions.args, chromiumResolving('evil.test', 'rebind.test')],
  });
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all([crossOrigin?.close(), rebinding?.close(), emulator?.close()]);
});

/** Runs `fetch(url, init)` in the page, as the page's own script would. */
function fetchInPage(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return page.evaluate(
    async ({ url, init }): Promise<Outcome> => {
      try {
        const response = await fetch(url, init);
        return { status: response.status, body: await response.text() };
      } catch (error) {
        return { blocked: String(error) };
      }
    },
    { url, init },
  );
}

/** The attacker knows every key (they were published in the source): only the origin and Host checks stand in the way. */
const attacks = (base: string) => ({
  read: () => fetchInPage(`${base}/v3/users`, { headers: { apikey: emulator.restApiKey } }),
  mintToken: () =>
    fetchInPage(`${base}/v3/users/victim1/auth_tokens`, {
      method: 'POST',
      headers: { apikey: emulator.authKey, 'content-type': 'application/json' },
      body: '{}',
    }),
  deletePermanently: () =>
    fetchInPage(`${base}/v3/users/victim2`, {
      method: 'DELETE',
      headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
      body: '{"permanent":true}',
    }),
});

function expectUntouched() {
  expect(emulator.emulator.store.listAuthTokens('victim1')).toEqual([]);
  expect(emulator.emulator.store.getUser('victim2')?.name).toBe('Victim Two');
}

describe('a page on another origin (http://evil.test) in Chromium', () => {
  it('can neither read users nor mint a token nor delete a user in the emulator', async () => {
    await page.goto(`${crossOrigin.origin}/`);
    const { read, mintToken, deletePermanently } = attacks(emulator.url);
    for (const attack of [read, mintToken, deletePermanently]) {
      expect(await attack()).toEqual({ blocked: expect.stringContaining('Failed to fetch') });
    }
    expectUntouched();
  });

  it('still lets a page of the developer (http://localhost) read users', async () => {
    await page.goto(`http://localhost:${crossOrigin.port}/`);
    const answer = await attacks(emulator.url).read();
    expect(answer).toMatchObject({ status: 200 });
    expect(JSON.parse((answer as { body: string }).body).data.length).toBe(2);
  });
});

describe('DNS rebinding: a page of http://rebind.test whose name now resolves to 127.0.0.1', () => {
  it('gets 403 for every request to the emulator, and nothing changes', async () => {
    await page.goto(`${rebinding.origin}/`);
    const { read, mintToken, deletePermanently } = attacks(rebinding.origin);
    for (const attack of [read, mintToken, deletePermanently]) {
      const outcome = await attack();
      expect(outcome).toMatchObject({ status: 403 });
      expect((outcome as { body: string }).body).toContain('ERR_HOST_NOT_ALLOWED');
      expect((outcome as { body: string }).body).not.toContain('victim');
    }
    expectUntouched();
  });
});
