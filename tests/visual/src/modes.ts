/** The modes every story is pictured in: theme × direction × viewport (issue #27). */

export interface VisualMode {
  /** File name of the baseline, e.g. `dark-rtl-phone`. */
  name: string;
  theme: 'light' | 'dark';
  /** `en` is left to right; `ar` is right to left (`.storybook/kit/storyMode.tsx`). */
  locale: 'en' | 'ar';
  viewport: { width: number; height: number };
}

const viewports = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

export const modes: VisualMode[] = (['light', 'dark'] as const).flatMap((theme) =>
  (['en', 'ar'] as const).flatMap((locale) =>
    (Object.keys(viewports) as (keyof typeof viewports)[]).map((size) => ({
      name: `${theme}-${locale === 'ar' ? 'rtl' : 'ltr'}-${size}`,
      theme,
      locale,
      viewport: viewports[size],
    })),
  ),
);

/** The iframe URL's globals for a mode (Storybook's `globals=key:value;…`); axe stays off: it is not looked at here. */
export const globalsOf = (mode: VisualMode) => `theme:${mode.theme};locale:${mode.locale};a11y.manual:!true`;
