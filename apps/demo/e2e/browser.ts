import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../chromium.config';

/** Debian's Chromium, launched as every browser test here launches it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** Where screenshots go: `artifacts/screenshots/` at the repository root (git-ignored). */
export const screenshotDir = fileURLToPath(new URL('../../../artifacts/screenshots/', import.meta.url));

/**
 * Saves the page in the current theme and in the other one (`<name>-light.png`, `<name>-dark.png`),
 * switching with the demo's own theme toggle, and leaves the theme as it was.
 */
export async function screenshotBothThemes(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  // By its place in the header, not its name: the name is in the page's language.
  const toggle = page.locator('.demo-header-end > button.demo-icon-button');
  for (let i = 0; i < 2; i += 1) {
    const theme = await page.evaluate(() => document.documentElement.dataset.theme);
    await page.mouse.move(0, 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(screenshotDir, `${name}-${theme}.png`), fullPage: true });
    await toggle.click();
  }
}

/** One screenshot in the current theme: for a modal dialog, whose backdrop keeps the theme toggle out of reach. */
export async function screenshotAsIs(page: Page, name: string): Promise<void> {
  await mkdir(screenshotDir, { recursive: true });
  const theme = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.screenshot({ path: join(screenshotDir, `${name}-${theme}.png`), fullPage: true });
}
