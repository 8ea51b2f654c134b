/**
 * The mode a story renders in, from Storybook's globals (toolbar, or `&globals=theme:dark;locale:ar` in the
 * iframe's URL, as the visual baselines use): the theme and the writing direction of the page around it.
 * Defaults (light, English) leave the page as it was: nothing declared, left to right.
 */

import type { ProfileKitLocale } from '@profilekit/react';
import { ar } from '@profilekit/react/locales/ar';
import { en } from '@profilekit/react/locales/en';
import type { Decorator, Preview } from '@storybook/react-vite';

/**
 * Right to left: Arabic's tag, direction and formats with English messages, so every play function (which
 * finds fields by their English labels) still brings its story into its state. Arabic and Hebrew text is
 * covered by the Locales stories, which set their own locale.
 */
export const rtlLocale: ProfileKitLocale = { ...ar, messages: en.messages };

/** The toolbar's theme and direction switches. */
export const storyModeGlobalTypes: Preview['globalTypes'] = {
  theme: {
    description: 'Theme of the page (<html data-theme>), which every form without a theme of its own follows',
    toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
  },
  locale: {
    description: 'Writing direction: en (left to right) or ar (right to left)',
    toolbar: { title: 'Direction', icon: 'globe', items: ['en', 'ar'], dynamicTitle: true },
  },
};

const pageLang = document.documentElement.lang;

/**
 * Puts the mode on the page as an app would: dark is `<html data-theme="dark">` with `color-scheme: dark` and a
 * dark background (forms with no `theme` follow it); ar is `<html dir="rtl" lang="ar">`. A story that sets its
 * own `theme` keeps it.
 */
export const withStoryMode: Decorator = (Story, { globals }) => {
  const root = document.documentElement;
  const dark = globals.theme === 'dark';
  if (dark) root.dataset.theme = 'dark';
  else delete root.dataset.theme;
  root.style.colorScheme = dark ? 'dark' : '';
  document.body.style.background = dark ? '#0b0c0f' : '';
  if (globals.locale === 'ar') {
    root.dir = rtlLocale.dir;
    root.lang = rtlLocale.tag;
  } else {
    root.removeAttribute('dir');
    root.lang = pageLang;
  }
  return <Story />;
};
