import type { DirectoryMessages } from '../directory/directoryMessages';
import type { UserFormMessages } from '../messages/formMessages';

/**
 * A language for the kit: its BCP-47 tag (formats dates, times and numbers, and becomes the root's `lang`),
 * its writing direction (the root's `dir`) and every message of every component. English is bundled;
 * every other language is its own entry, `@profilekit/react/locales/<tag>`, loaded only by apps that import it.
 *
 * @example
 * ```tsx
 * import { ar } from '@profilekit/react/locales/ar';
 *
 * <ProfileKitProvider client={client} locale={ar}>
 *   <ProfileEditForm />
 * </ProfileKitProvider>
 * ```
 */
export interface ProfileKitLocale {
  /** BCP-47 language tag, e.g. `'de'`, `'pt-BR'`, `'zh-CN'`. */
  tag: string;
  /** Writing direction: `'rtl'` for Arabic and Hebrew. */
  dir: 'ltr' | 'rtl';
  /** Every message, the avatar editor's and the user directory's included (they load with the locale's entry, not with the page). */
  messages: Required<UserFormMessages> & DirectoryMessages;
}
