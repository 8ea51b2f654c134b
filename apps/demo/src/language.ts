import type { ProfileKitLocale } from '@profilekit/react';
import { useCallback, useEffect, useState } from 'react';
import { type DemoMessages, english } from './i18n/english';

/**
 * The kit's languages, each loaded on demand (`@profilekit/react/locales/<tag>` is an entry of its own), with the
 * demo's own words in that language (`./i18n/<tag>`, a chunk of their own too).
 */
export const languages = {
  en: {
    name: 'English',
    load: () => import('@profilekit/react/locales/en').then((m) => m.en),
    demo: () => Promise.resolve(english),
  },
  es: {
    name: 'Español',
    load: () => import('@profilekit/react/locales/es').then((m) => m.es),
    demo: () => import('./i18n/es').then((m) => m.es),
  },
  fr: {
    name: 'Français',
    load: () => import('@profilekit/react/locales/fr').then((m) => m.fr),
    demo: () => import('./i18n/fr').then((m) => m.fr),
  },
  de: {
    name: 'Deutsch',
    load: () => import('@profilekit/react/locales/de').then((m) => m.de),
    demo: () => import('./i18n/de').then((m) => m.de),
  },
  'pt-BR': {
    name: 'Português (Brasil)',
    load: () => import('@profilekit/react/locales/pt-BR').then((m) => m.ptBR),
    demo: () => import('./i18n/pt-BR').then((m) => m.ptBR),
  },
  it: {
    name: 'Italiano',
    load: () => import('@profilekit/react/locales/it').then((m) => m.it),
    demo: () => import('./i18n/it').then((m) => m.it),
  },
  ja: {
    name: '日本語',
    load: () => import('@profilekit/react/locales/ja').then((m) => m.ja),
    demo: () => import('./i18n/ja').then((m) => m.ja),
  },
  ko: {
    name: '한국어',
    load: () => import('@profilekit/react/locales/ko').then((m) => m.ko),
    demo: () => import('./i18n/ko').then((m) => m.ko),
  },
  'zh-CN': {
    name: '简体中文',
    load: () => import('@profilekit/react/locales/zh-CN').then((m) => m.zhCN),
    demo: () => import('./i18n/zh-CN').then((m) => m.zhCN),
  },
  hi: {
    name: 'हिन्दी',
    load: () => import('@profilekit/react/locales/hi').then((m) => m.hi),
    demo: () => import('./i18n/hi').then((m) => m.hi),
  },
  ar: {
    name: 'العربية',
    load: () => import('@profilekit/react/locales/ar').then((m) => m.ar),
    demo: () => import('./i18n/ar').then((m) => m.ar),
  },
  he: {
    name: 'עברית',
    load: () => import('@profilekit/react/locales/he').then((m) => m.he),
    demo: () => import('./i18n/he').then((m) => m.he),
  },
} satisfies Record<string, { name: string; load: () => Promise<ProfileKitLocale>; demo: () => Promise<DemoMessages> }>;

/** A language the demo offers. */
export type Language = keyof typeof languages;

const KEY = 'profilekit-demo:language';

const isLanguage = (value: string | null): value is Language => value !== null && Object.hasOwn(languages, value);

function savedLanguage(): Language {
  try {
    const saved = localStorage.getItem(KEY);
    return isLanguage(saved) ? saved : 'en';
  } catch {
    return 'en';
  }
}

/**
 * The language of the kit's forms and of the demo's own words, persisted in `localStorage`; both load on demand
 * (English needs neither: it is the default, so nothing loads until another language is chosen). The page's
 * `lang` and `dir` follow.
 *
 * @example
 * ```tsx
 * const [language, locale, setLanguage, messages] = useLanguage();
 * <ProfileKitProvider client={client} locale={locale}>…</ProfileKitProvider>
 * ```
 */
export function useLanguage(): [Language, ProfileKitLocale | undefined, (language: Language) => void, DemoMessages] {
  const [language, setState] = useState(savedLanguage);
  const [loaded, setLoaded] = useState<{ locale?: ProfileKitLocale; messages: DemoMessages }>({ messages: english });
  useEffect(() => {
    let current = true;
    if (language === 'en') setLoaded({ messages: english });
    else
      void Promise.all([languages[language].load(), languages[language].demo()]).then(
        ([locale, messages]) => current && setLoaded({ locale, messages }),
      );
    return () => {
      current = false;
    };
  }, [language]);
  useEffect(() => {
    document.documentElement.lang = loaded.locale?.tag ?? 'en';
    document.documentElement.dir = loaded.locale?.dir ?? 'ltr';
  }, [loaded.locale]);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // storage blocked: the choice lasts until reload
    }
  }, []);
  return [language, loaded.locale, setLanguage, loaded.messages];
}
