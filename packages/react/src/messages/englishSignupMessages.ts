import type { SignupMessages } from './formMessages';

/**
 * profilekit's English for `UidAssist` (the uid suggestion and availability of a create form): it loads with
 * the component, and fills in what a form's messages leave out.
 */
export const englishUidMessages = {
  uidChecking: 'Checking availability…',
  uidAvailable: (uid) => `"${uid}" is available.`,
  uidUnavailable: (uid) => `"${uid}" is already taken.`,
  suggestedUid: (uid) => `Suggested: ${uid}`,
  useSuggestion: 'Use suggestion',
} satisfies Partial<SignupMessages>;

/** profilekit's English for the sign-up steps and the uid assist (every message `UserFormMessages` leaves out for `SignupFlow`). */
export const englishSignupMessages = {
  ...englishUidMessages,
  signUp: 'Sign up',
  retry: 'Retry',
  stepDetails: 'Your details',
  stepRegister: 'Create your account',
  stepCreateUser: 'Create chat user',
  stepLogin: 'Log in',
  stepPending: 'Waiting',
  stepRunning: 'In progress',
  stepDone: 'Done',
  stepSkipped: 'Skipped',
  stepFailed: 'Failed',
  signupProgress: 'Sign-up progress',
  signedUp: (name) => `Welcome, ${name}! You are signed up and logged in.`,
  signupNotConfigured:
    'Sign-up is not set up: no backend and no Auth Key to create chat users. See the browser console.',
} satisfies SignupMessages;
