import { englishAdminMessages } from './englishAdminMessages';
import { englishFormMessages } from './englishFormMessages';
import { englishSignupMessages } from './englishSignupMessages';
import type { AdminMessages, SignupMessages, UserFormMessages } from './formMessages';

/**
 * profilekit's English strings for every component. (The forms alone use only part of them, so a profile page
 * ships neither the sign-up steps' nor the delete dialog's English.)
 *
 * @example
 * ```ts
 * defaultFormMessages.labels.statusMessage; // 'Status message'
 * ```
 */
export const defaultFormMessages: UserFormMessages & SignupMessages & AdminMessages = {
  ...englishFormMessages,
  ...englishSignupMessages,
  ...englishAdminMessages,
};
