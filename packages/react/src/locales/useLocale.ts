import { useContext, useMemo } from 'react';
import { mergeFormMessages, type UserFormMessages, type UserFormMessagesInput } from '../messages/formMessages';
import { ProfileKitContext } from '../ProfileKitProvider';
import type { ProfileKitLocale } from './ProfileKitLocale';

/** The locale a component uses: its own `locale` prop, else the provider's; `undefined` means English from the page. */
export function useLocale(locale?: ProfileKitLocale): ProfileKitLocale | undefined {
  const provided = useContext(ProfileKitContext)?.locale;
  return locale ?? provided;
}

/** A component's messages: its `messages` overrides merged over its locale's (English by default). */
export function useLocaleMessages(overrides: UserFormMessagesInput | undefined, locale: ProfileKitLocale | undefined) {
  return useMemo((): UserFormMessages => mergeFormMessages(overrides, locale?.messages), [overrides, locale]);
}
