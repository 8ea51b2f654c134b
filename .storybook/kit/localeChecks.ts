import type { ProfileKitLocale } from '@profilekit/react';
import { expect } from 'storybook/test';
import { saveScreenshot } from './saveScreenshot';

/** A text as Testing Library reads the page: any run of white space (French no-break spaces too) as one space. */
export const spaced = (text: string) => text.replace(/\s+/g, ' ');

const rectOf = (element: Element) => element.getBoundingClientRect();

/**
 * No text of the kit is cut off or sticks out: every label stays inside its field, every label, button, hint,
 * chip and step text inside the kit's root, and none is clipped (its content wider than its box). Measured in
 * the browser's layout (Chromium in CI); `screenshot` also saves a picture of `root` under that name.
 */
export async function expectNoOverflow(root: Element, screenshot?: string) {
  if (screenshot) await saveScreenshot(root, screenshot);
  const bounds = rectOf(root);
  const problems: string[] = [];
  for (const label of root.querySelectorAll<HTMLElement>('.pk-field > .pk-label')) {
    const field = label.parentElement as HTMLElement;
    const [own, outer] = [rectOf(label), rectOf(field)];
    if (own.left < outer.left - 1 || own.right > outer.right + 1)
      problems.push(`label "${label.textContent}" leaves its field`);
  }
  const texts =
    '.pk-label, .pk-button, .pk-hint, .pk-error, .pk-step-label, .pk-step-status, .pk-tag, .pk-badge, dt, dd';
  for (const element of root.querySelectorAll<HTMLElement>(texts)) {
    const own = rectOf(element);
    if (own.width === 0) continue;
    if (element.scrollWidth > element.clientWidth + 1) problems.push(`"${element.textContent}" is clipped`);
    if (own.left < bounds.left - 1 || own.right > bounds.right + 1)
      problems.push(`"${element.textContent}" leaves the form`);
  }
  await expect(problems).toEqual([]);
}

/**
 * The root speaks the locale (`lang`, `dir`) and, right to left, the layout is mirrored: `first` (e.g. the
 * avatar preview) sits on the start side of `second` (its input).
 */
export async function expectDirection(root: Element, locale: ProfileKitLocale, first?: Element, second?: Element) {
  await expect(root).toHaveAttribute('lang', locale.tag);
  await expect(root).toHaveAttribute('dir', locale.dir);
  await expect(getComputedStyle(root).direction).toBe(locale.dir);
  if (!first || !second) return;
  const [a, b] = [rectOf(first), rectOf(second)];
  if (locale.dir === 'rtl') await expect(a.left).toBeGreaterThanOrEqual(b.right - 1);
  else await expect(a.right).toBeLessThanOrEqual(b.left + 1);
}
