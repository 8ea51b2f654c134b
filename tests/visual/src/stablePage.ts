import type { Browser, BrowserContext } from 'playwright-core';
import type { VisualMode } from './modes';

/** The instant every story sees as "now": relative times ("2 minutes ago") and dates come out the same. */
export const frozenNow = new Date('2026-03-14T09:26:53Z');

/**
 * Runs in every page before Storybook: `Math.random` from a fixed seed (ids, suggestions), and a stylesheet
 * that stops animations and transitions and hides the caret.
 */
const stabilise = () => {
  let seed = 0x2f6b_7a1d;
  // The runner reseeds before each story it opens in an already loaded page.
  (window as { __visualReseed?: () => void }).__visualReseed = () => {
    seed = 0x2f6b_7a1d;
  };
  Math.random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const style = document.createElement('style');
  style.textContent = `*, *::before, *::after, ::backdrop {
    animation: none !important; transition: none !important; caret-color: transparent !important;
  }`;
  document.addEventListener('DOMContentLoaded', () => document.head.append(style));
};

/**
 * The origin pages load Storybook from. URLs a story shows (an avatar served by Storybook itself) must not
 * carry the server's port, which changes every run: requests to this origin are answered by the server.
 */
export const storybookOrigin = 'http://storybook.test';

/**
 * A browser context for one mode: its viewport and colour scheme, UTC, English UI, frozen clock and randomness,
 * and {@link storybookOrigin} served by the Storybook server at `serverUrl`.
 */
export async function stableContext(browser: Browser, mode: VisualMode, serverUrl: string): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: mode.viewport,
    deviceScaleFactor: 1,
    colorScheme: mode.theme,
    reducedMotion: 'reduce',
    locale: 'en-US',
    timezoneId: 'UTC',
  });
  await context.clock.setFixedTime(frozenNow);
  await context.addInitScript(stabilise);
  await context.route(`${storybookOrigin}/**`, async (route) => {
    const response = await route.fetch({ url: route.request().url().replace(storybookOrigin, serverUrl) });
    await route.fulfill({ response });
  });
  return context;
}
