import type { Page } from 'playwright-core';
import { globalsOf, type VisualMode } from './modes';

/** What a story looked like in one mode, and whether its play function got through. */
export interface Capture {
  png: Buffer;
  /** The play function's or render's error, if the story did not finish cleanly. */
  error?: string;
}

interface RenderState {
  done: boolean;
  error?: string;
}

/**
 * Loads the built Storybook's iframe with the mode's globals, lets it finish a first story, and listens on
 * its channel for play functions' errors (Storybook only logs them outside its test runner).
 */
async function loadStorybook(page: Page, baseUrl: string, storyId: string, mode: VisualMode) {
  const url = `${baseUrl}/iframe.html?id=${encodeURIComponent(storyId)}&viewMode=story&globals=${globalsOf(mode)}`;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    () => {
      const preview = (window as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } })
        .__STORYBOOK_PREVIEW__;
      return '__STORYBOOK_ADDONS_CHANNEL__' in window && preview?.currentRender?.phase === 'finished';
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  await page.evaluate(() => {
    const page = window as {
      __STORYBOOK_ADDONS_CHANNEL__?: { on: (event: string, listener: (data: unknown) => void) => void };
      __visualError?: string;
      __visualFinished?: string;
    };
    page.__STORYBOOK_ADDONS_CHANNEL__?.on('storyFinished', (finished) => {
      page.__visualFinished = (finished as { storyId?: string }).storyId;
    });
    const events = ['playFunctionThrewException', 'storyThrewException', 'storyErrored', 'unhandledErrorsWhilePlaying'];
    for (const event of events) {
      page.__STORYBOOK_ADDONS_CHANNEL__?.on(event, (error) => {
        const first = Array.isArray(error) ? error[0] : error;
        page.__visualError ??= String((first as { message?: string } | undefined)?.message ?? event);
      });
    }
  });
}

/**
 * Shows the story as Storybook's own manager does: by asking the loaded preview for it (no reload, ~0.3 s
 * less a story), with `Math.random` reseeded. Right after a load, the same story is remounted, this time
 * with its errors heard; so is a story pictured twice in a row.
 */
async function openStory(page: Page, baseUrl: string, storyId: string, mode: VisualMode) {
  const shown = await page.evaluate(() => {
    const page = window as { __visualReseed?: unknown; __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string } } };
    return page.__visualReseed && page.__STORYBOOK_PREVIEW__
      ? (page.__STORYBOOK_PREVIEW__.currentRender?.id ?? '')
      : null;
  });
  const loaded = shown !== null;
  // Storybook ignores a request for the story already shown: that one is remounted.
  const event = loaded && shown !== storyId ? 'setCurrentStory' : 'forceRemount';
  if (!loaded) await loadStorybook(page, baseUrl, storyId, mode);
  await page.evaluate(
    ([id, event]) => {
      const page = window as {
        __STORYBOOK_ADDONS_CHANNEL__?: { emit: (event: string, data: unknown) => void };
        __visualReseed?: () => void;
        __visualError?: string;
        __visualFinished?: string;
      };
      page.__visualReseed?.();
      page.__visualError = undefined;
      page.__visualFinished = undefined;
      page.__STORYBOOK_ADDONS_CHANNEL__?.emit(event, { storyId: id, viewMode: 'story' });
    },
    [storyId, event] as const,
  );
}

/**
 * Opens the story, waits until Storybook has finished it (loaders, render, play function), then for fonts
 * and images, and screenshots the story's root (with any open modal dialog).
 */
export async function captureStory(page: Page, baseUrl: string, storyId: string, mode: VisualMode): Promise<Capture> {
  await openStory(page, baseUrl, storyId, mode);
  const handle = await page.waitForFunction(
    (id) => {
      const page = window as {
        __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
        __visualError?: string;
        __visualFinished?: string;
      };
      // Storybook said this story finished (since it was asked for), and it is the one on screen.
      const render = page.__STORYBOOK_PREVIEW__?.currentRender;
      if (page.__visualFinished !== id || render?.id !== id || render.phase !== 'finished') return false;
      const shown = document.body.classList.contains('sb-show-errordisplay');
      return {
        done: true,
        error: shown ? (document.querySelector('#error-message')?.textContent ?? 'error') : page.__visualError,
      };
    },
    storyId,
    { timeout: 60_000, polling: 50 },
  );
  const state = (await handle.jsonValue()) as RenderState;
  const error = state.error?.replace(/\u001b\[[0-9;]*m/g, '');
  await page.evaluate(async () => {
    await document.fonts.ready;
    // (No named function in here: tsx would wrap it in a helper the page does not have.)
    const pending = [...document.images].filter((image) => !image.complete);
    const images = Promise.all(
      pending.map(
        (image) =>
          new Promise((resolve) => {
            image.addEventListener('load', resolve, { once: true });
            image.addEventListener('error', resolve, { once: true });
          }),
      ),
    );
    // An image that neither loads nor fails within 5 s is pictured as it is.
    await Promise.race([images, new Promise((resolve) => setTimeout(resolve, 5000))]);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  const clip = await page.evaluate(() => {
    // A modal (fixed over the viewport, maybe outside the root's box) is part of the picture.
    const modals = document.querySelectorAll('dialog[open], [aria-modal="true"]');
    const parts = [document.querySelector('#storybook-root'), ...modals];
    const boxes = parts.flatMap((part) => (part ? [part.getBoundingClientRect()] : [])).filter((box) => box.width > 0);
    const left = Math.floor(Math.min(...boxes.map((box) => box.left)));
    const top = Math.floor(Math.min(...boxes.map((box) => box.top)));
    const right = Math.ceil(Math.max(...boxes.map((box) => box.right)));
    const bottom = Math.ceil(Math.max(...boxes.map((box) => box.bottom)));
    if (!Number.isFinite(left)) return { x: 0, y: 0, width: 1, height: 1 };
    return {
      x: Math.max(0, left + window.scrollX),
      y: Math.max(0, top + window.scrollY),
      width: Math.max(1, right - left),
      height: Math.max(1, bottom - top),
    };
  });
  const png = await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' });
  return error ? { png, error } : { png };
}
