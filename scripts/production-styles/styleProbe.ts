/**
 * What a visitor sees of the kit's form, read from the browser's computed styles, and the rules it must meet:
 * inputs with a visible border, a filled primary button with readable text, readable body text, a visible focus
 * ring, and the colours of the theme asked for.
 */
import type { Page } from 'playwright-core';

/** The three pages each production build serves. `none`: no data-theme, no color-scheme anywhere on the page. */
export type ThemeCase = 'light' | 'dark' | 'none';

/** Computed styles of the kit's parts, as strings from getComputedStyle. */
export interface StyleReading {
  root: { color: string; background: string; colorScheme: string };
  input: { borderWidth: string; borderStyle: string; borderColor: string; background: string };
  button: { label: string; background: string; color: string };
  focus: { tag: string; outlineStyle: string; outlineWidth: string; outlineColor: string };
}

type Rgba = [number, number, number, number];

/** `rgb(…)` / `rgba(…)` as getComputedStyle returns them; anything else (an invalid colour) is null. */
export function parseColor(value: string): Rgba | null {
  const match = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(value.trim());
  if (!match) return null;
  const [, r, g, b, a] = match;
  return [Number(r), Number(g), Number(b), a === undefined ? 1 : Number(a)];
}

const channel = (value: number) => {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: Rgba) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);

/** WCAG contrast ratio of two opaque colours (1 = identical, 21 = black on white). */
export function contrast(a: Rgba, b: Rgba): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Reads the first kit form on the page, then tabs to its first text input and reads the focus ring. */
export async function readStyles(page: Page): Promise<StyleReading> {
  const still = await page.evaluate(() => {
    const root = document.querySelector('.pk-root');
    const input = root?.querySelector('input.pk-input');
    const button = root?.querySelector('.pk-button-primary');
    if (!root || !input || !button) throw new Error('no .pk-root with an input.pk-input and a .pk-button-primary');
    // No helper functions in here: tsx's esbuild would wrap them in a __name() the page does not have.
    const [rootCss, inputCss, buttonCss] = [getComputedStyle(root), getComputedStyle(input), getComputedStyle(button)];
    return {
      root: { color: rootCss.color, background: rootCss.backgroundColor, colorScheme: rootCss.colorScheme },
      input: {
        borderWidth: inputCss.borderTopWidth,
        borderStyle: inputCss.borderTopStyle,
        borderColor: inputCss.borderTopColor,
        background: inputCss.backgroundColor,
      },
      button: { label: button.textContent ?? '', background: buttonCss.backgroundColor, color: buttonCss.color },
    };
  });
  // Keyboard focus, as a keyboard user gets it (:focus-visible), onto the first text input of the form.
  await page
    .locator('.pk-root')
    .first()
    .click({ position: { x: 2, y: 2 } });
  for (let presses = 0; presses < 10; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('.pk-root input.pk-input') ?? false)) break;
  }
  const focus = await page.evaluate(() => {
    const active = document.activeElement as Element;
    const css = getComputedStyle(active);
    return {
      tag: `${active.tagName.toLowerCase()}${active.getAttribute('name') ? `[name=${active.getAttribute('name')}]` : ''}`,
      outlineStyle: css.outlineStyle,
      outlineWidth: css.outlineWidth,
      outlineColor: css.outlineColor,
    };
  });
  return { ...still, focus };
}

/** Every rule the reading breaks, as sentences naming the part, the property and its value. */
export function styleProblems(reading: StyleReading, theme: ThemeCase): string[] {
  const problems: string[] = [];
  const opaque = (what: string, value: string): Rgba | null => {
    const color = parseColor(value);
    if (!color || color[3] === 0) {
      problems.push(`${what} is ${value || 'empty'} (transparent or not a colour)`);
      return null;
    }
    return color;
  };
  const atLeast = (what: string, ratio: number, min: number) => {
    if (ratio < min) problems.push(`${what}: contrast ${ratio.toFixed(2)} < ${min}`);
  };

  const background = opaque('form background (.pk-root background-color)', reading.root.background);
  const text = opaque('form text (.pk-root color)', reading.root.color);
  if (background && text) atLeast('form text on its background', contrast(text, background), 4.5);
  if (background) {
    const light = luminance(background) > 0.5;
    const wanted = theme === 'dark' ? 'dark' : 'light';
    if ((wanted === 'light') !== light) {
      problems.push(`form background ${reading.root.background} is not ${wanted} (theme case "${theme}")`);
    }
  }

  const width = Number.parseFloat(reading.input.borderWidth);
  if (!(width > 0) || reading.input.borderStyle === 'none') {
    problems.push(`input border is ${reading.input.borderWidth} ${reading.input.borderStyle}`);
  }
  const border = opaque('input border colour', reading.input.borderColor);
  const field = parseColor(reading.input.background);
  const behindBorder = field && field[3] > 0 ? field : background;
  if (border && behindBorder) atLeast('input border against the field', contrast(border, behindBorder), 3);

  const button = opaque(`primary button ("${reading.button.label}") background`, reading.button.background);
  const label = opaque('primary button text', reading.button.color);
  if (button && label) atLeast('primary button text on the button', contrast(label, button), 4.5);
  if (button && background) atLeast('primary button against the form', contrast(button, background), 3);

  if (!reading.focus.tag.startsWith('input')) problems.push(`Tab never reached a text input (on ${reading.focus.tag})`);
  if (reading.focus.outlineStyle === 'none' || !(Number.parseFloat(reading.focus.outlineWidth) >= 1)) {
    problems.push(`focus ring is ${reading.focus.outlineWidth} ${reading.focus.outlineStyle}`);
  }
  const ring = opaque('focus ring colour', reading.focus.outlineColor);
  if (ring && background) atLeast('focus ring against the form', contrast(ring, background), 3);
  return problems;
}
