import type { ProfileKitLocale } from '@profilekit/react';
import { useCallback, useEffect, useState } from 'react';

/** The kit's languages, each loaded on demand (`@profilekit/react/locales/<tag>` is an entry of its own). */
export const languages = {
  en: { name: 'English', load: () => import('@profilekit/react/locales/en').then((m) => m.en) },
  es: { name: 'Español', load: () => import('@profilekit/react/locales/es').then((m) => m.es) },
  fr: { name: 'Français', load: () => import('@profilekit/react/locales/fr').then((m) => m.fr) },
  de: { name: 'Deutsch', load: () => import('@profilekit/react/locales/de').then((m) => m.de) },
  'pt-BR': { name: 'Português (Brasil)', load: () => import('@profilekit/react/locales/pt-BR').then((m) => m.ptBR) },
  it: { name: 'Italiano', load: () => import('@profilekit/react/locales/it').then((m) => m.it) },
  ja: { name: '日本語', load: () => import('@profilekit/react/locales/ja').then((m) => m.ja) },
  ko: { name: '한국어', load: () => import('@profilekit/react/locales/ko').then((m) => m.ko) },
  'zh-CN': { name: '简体中文', load: () => import('@profilekit/react/locales/zh-CN').then((m) => m.zhCN) },
  hi: { name: 'हिन्दी', load: () => import('@profilekit/react/locales/hi').then((m) => m.hi) },
  ar: { name: 'العربية', load: () => import('@profilekit/react/locales/ar').then((m) => m.ar) },
  he: { name: 'עברית', load: () => import('@profilekit/react/locales/he').then((m) => m.he) },
} satisfies Record<string, { name: string; load: () => Promise<ProfileKitLocale> }>;

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
 * The language of the kit's forms, persisted in `localStorage`; the locale loads on demand (English needs none:
 * it is the kit's default, so nothing loads until another language is chosen).
 *
 * @example
 * ```tsx
 * const [language, locale, setLanguage] = useLanguage();
 * <ProfileKitProvider client={client} locale={locale}>…</ProfileKitProvider>
 * ```
 */
export function useLanguage(): [Language, ProfileKitLocale | undefined, (language: Language) => void] {
  const [language, setState] = useState(savedLanguage);
  const [locale, setLocale] = useState<ProfileKitLocale>();
  useEffect(() => {
    let current = true;
    if (language === 'en') setLocale(undefined);
    else void languages[language].load().then((loaded) => current && setLocale(loaded));
    return () => {
      current = false;
    };
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      localStorage.setItem(KEY, next);
    } catch {
      // storage blocked: the choice lasts until reload
    }
  }, []);
  return [language, locale, setLanguage];
}
