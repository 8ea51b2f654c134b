import { useContext, useMemo } from 'react';
import { englishFormMessages } from '../messages/englishFormMessages';
import type { UserFormMessages, UserFormMessagesInput } from '../messages/formMessages';
import { mergeMessages } from '../messages/mergeMessages';
import { ProfileKitContext } from '../ProfileKitProvider';
import type { ProfileKitLocale } from './ProfileKitLocale';

/**
 * A component's language: its own `locale` prop, else the provider's (`undefined`: English, `lang` and `dir`
 * left to the page), and its messages: the `messages` overrides merged over the locale's, else over `english`
 * (by default the forms' English only; the sign-up and the danger zone pass the English they need).
 */
export function useLocale<M extends UserFormMessages = UserFormMessages>(
  own: ProfileKitLocale | undefined,
  overrides: UserFormMessagesInput | undefined,
  english: M = englishFormMessages as M,
): { locale: ProfileKitLocale | undefined; messages: M } {
  const provided = useContext(ProfileKitContext)?.locale;
  const locale = own ?? provided;
  const messages = useMemo(
    () => mergeMessages(overrides, (locale?.messages as M | undefined) ?? english) as M,
    [overrides, locale, english],
  );
  return { locale, messages };
}
