import { useMemo } from 'react';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import { useLocale } from '../locales/useLocale';
import { defaultFormMessages } from '../messages/defaultFormMessages';
import type { FormMessages, UserFormMessages, UserFormMessagesInput } from '../messages/formMessages';
import { type DirectoryMessages, englishDirectoryMessages } from './directoryMessages';

const english = { ...defaultFormMessages, ...englishDirectoryMessages };

/** Everything the directory says: the locale's (or English), the directory's English where a locale has none. */
export type DirectoryWords = UserFormMessages & DirectoryMessages;

/** The directory's language: its own `locale`, else the provider's, else English; `messages` override any key. */
export function useDirectoryMessages(
  own: ProfileKitLocale | undefined,
  overrides: (UserFormMessagesInput & Partial<DirectoryMessages>) | undefined,
): { locale: ProfileKitLocale | undefined; messages: DirectoryWords } {
  const { locale, messages } = useLocale<FormMessages>(own, overrides, english as FormMessages);
  return useMemo(() => {
    const given = Object.fromEntries(Object.entries(messages).filter(([, value]) => value !== undefined));
    return { locale, messages: { ...english, ...given } as DirectoryWords };
  }, [locale, messages]);
}
