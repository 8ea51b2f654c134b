/**
 * In the storybook test run (vitest in Chromium) a PNG of `element` beside the story file, under
 * `__screenshots__/` (git-ignored), for a person to look over; in Storybook itself, nothing.
 */
export async function saveScreenshot(element: Element, name: string): Promise<void> {
  if (!('__vitest_browser__' in globalThis)) return;
  const { page } = await import('vitest/browser');
  await page.screenshot({ element, path: `__screenshots__/${name}.png` });
}
