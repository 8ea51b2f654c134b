'use client';

import { useMemo } from 'react';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import { useLocale } from '../locales/useLocale';
import { csvMessagesByTag } from './csvLocales';
import type { CsvMessages, CsvMessagesInput } from './csvMessages';
import { csvEn } from './locales/en';

/** The CSV texts in the component's language (its `locale`, else the provider's, else English), your overrides on top. */
export function useCsvMessages(own: ProfileKitLocale | undefined, overrides: CsvMessagesInput | undefined) {
  const { locale, messages: formMessages } = useLocale(own, undefined);
  const messages = useMemo<CsvMessages>(
    () => ({ ...((locale && csvMessagesByTag[locale.tag]) || csvEn), ...overrides }),
    [locale, overrides],
  );
  return { locale, messages, formMessages };
}
