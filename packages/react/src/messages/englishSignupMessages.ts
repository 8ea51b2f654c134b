import type { UserFormMessages } from './formMessages';

/** profilekit's English for the sign-up steps (every message `FormMessages` leaves out for `SignupFlow`). */
export const englishSignupMessages = {
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
} satisfies Partial<UserFormMessages>;
