import type { ComponentPropsWithoutRef } from 'react';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import { UnstyledProvider } from './UnstyledProvider';
import { joinPkClass } from './usePkClass';

/** Look and feel shared by the styled components. */
export interface ThemeProps {
  /** Drop profilekit's `pk-*` classes (and with them every style from `styles.css`). */
  unstyled?: boolean;
  /**
   * `'light'` or `'dark'` forces a theme; `'system'` follows the OS (`prefers-color-scheme`). By default
   * the form is light, or takes the page's `<html data-theme>` (the page's CSS `color-scheme` is not read).
   */
  theme?: 'light' | 'dark' | 'system';
  className?: string;
}

type KitRootProps = ThemeProps & { locale?: ProfileKitLocale | undefined } & (
    | ({ as?: 'div' } & ComponentPropsWithoutRef<'div'>)
    | ({ as: 'form' } & ComponentPropsWithoutRef<'form'>)
  );

/**
 * The themed outer element of every styled component (`pk-root pk-form`, `data-theme`, and `lang` and
 * `dir` from a chosen locale), which also tells the parts inside whether to drop profilekit's classes.
 */
export function KitRoot({ as = 'div', unstyled = false, theme, locale, className, ...props }: KitRootProps) {
  const Root = as as 'div';
  return (
    <UnstyledProvider unstyled={unstyled}>
      <Root
        className={joinPkClass(unstyled, 'pk-root pk-form', className)}
        data-theme={theme}
        lang={locale?.tag}
        dir={locale?.dir}
        {...(props as ComponentPropsWithoutRef<'div'>)}
      />
    </UnstyledProvider>
  );
}
