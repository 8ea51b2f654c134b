import { englishDirectoryMessages } from '../directory/directoryMessages';
import { defaultAvatarEditorMessages } from '../messages/avatarEditorMessages';
import { defaultFormMessages } from '../messages/defaultFormMessages';
import type { ProfileKitLocale } from './ProfileKitLocale';

/**
 * English: the messages every component uses when no locale is given, as a locale object (to switch back
 * to English, or to set `lang="en"` and `dir="ltr"` on the forms explicitly).
 *
 * @example
 * ```tsx
 * import { en } from '@profilekit/react/locales/en';
 *
 * <ProfileEditForm locale={en} />
 * ```
 */
export const en: ProfileKitLocale = {
  tag: 'en',
  dir: 'ltr',
  messages: { ...defaultFormMessages, ...defaultAvatarEditorMessages, ...englishDirectoryMessages },
};
