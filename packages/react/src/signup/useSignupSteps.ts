import { isNetworkError, isProfileKitError, type SignupInput, type User } from '@profilekit/core';
import { sameValue } from '@profilekit/core/internal';
import { useCallback, useRef, useState } from 'react';
import { requireSignupClient } from '../hooks/requireClient';
import { useCreateUser } from '../hooks/useCreateUser';
import { useLogin } from '../hooks/useLogin';
import { useLogout } from '../hooks/useLogout';
import { useProfileKit } from '../hooks/useProfileKit';
import { isMissingAuthKey, SignupSetupError } from './SignupSetupError';

/** The steps of a sign-up, in order. */
export const signupSteps = ['details', 'register', 'createUser', 'login'] as const;

/** One step of a sign-up. */
export type SignupStep = (typeof signupSteps)[number];

/** Where a step is. */
export type SignupStepStatus = 'pending' | 'running' | 'done' | 'skipped' | 'failed';

/** What your registration callback may return: an auth token means your backend already created the CometChat user. */
// biome-ignore lint/suspicious/noConfusingVoidType: an async callback that returns nothing is a valid registration
export type SignupRegistration = { authToken: string } | undefined | void;

/** Your app's part of a sign-up: store the new account in your database (and, in production, create the CometChat user there). */
export type RegisterCallback = (user: SignupInput) => Promise<SignupRegistration> | SignupRegistration;

/** Each step's state; a failed step keeps its error, put into words by the component in the form's language. */
type StepStates = Record<SignupStep, { status: SignupStepStatus; error?: unknown }>;

const initialSteps = (): StepStates => ({
  details: { status: 'running' },
  register: { status: 'pending' },
  createUser: { status: 'pending' },
  login: { status: 'pending' },
});

/**
 * Runs a sign-up: your `onRegister` → create the CometChat user with the Auth Key (skipped when
 * `onRegister` returns `{ authToken }`) → log in. Without `onRegister`, the register step is your
 * backend's `POST /signup` through the provider's client (`withBackend(…, createBackendClient(…))`):
 * it stores the account and creates the user — never with a role — and answers with the auth token.
 * Running again with the same input resumes at the step that failed, so a retry never repeats a step
 * that succeeded.
 *
 * @example
 * ```tsx
 * const signup = useSignupSteps(async (user) => { await api.post('/accounts', user); });
 * await signup.run({ uid: 'kevin', name: 'Kevin' });
 * ```
 */
export function useSignupSteps(onRegister?: RegisterCallback) {
  const { client } = useProfileKit();
  const createUser = useCreateUser();
  const login = useLogin();
  const logout = useLogout();
  const [steps, setSteps] = useState<StepStates>(initialSteps);
  const [user, setUser] = useState<User>();
  const progress = useRef<{
    input?: SignupInput;
    authToken?: string;
    done: Set<SignupStep>;
    /** A create failed without telling whether the server made the user (answer lost, timeout, 5xx). */
    mayExist?: boolean;
  }>({ done: new Set() });
  const toldDeveloper = useRef(false);

  const mark = useCallback((step: SignupStep, status: SignupStepStatus, error?: unknown) => {
    setSteps((current) => ({ ...current, [step]: error === undefined ? { status } : { status, error } }));
  }, []);

  const run = useCallback(
    async (input: SignupInput): Promise<User> => {
      if (!sameValue(input, progress.current.input)) {
        progress.current = { input, done: new Set(['details']) };
        setSteps({ ...initialSteps(), details: { status: 'done' } });
      }
      const state = progress.current;
      let loggedIn: User | undefined;
      for (const step of signupSteps) {
        if (state.done.has(step)) continue;
        mark(step, 'running');
        try {
          if (step === 'register') {
            const registration = onRegister
              ? await onRegister(input)
              : await requireSignupClient(client, 'SignupFlow without onRegister').signup({ user: input });
            if (registration?.authToken) state.authToken = registration.authToken;
          } else if (step === 'createUser' && state.authToken === undefined) {
            await createUser.mutateAsync(input).catch(async (error: unknown) => {
              if (!(state.mayExist && isProfileKitError(error) && error.code === 'ERR_UID_ALREADY_EXISTS')) throw error;
              // An earlier attempt may have made the user and lost only its answer: ours if it holds what was sent.
              const existing = await login.mutateAsync({ uid: input.uid });
              if (!holds(existing, input)) {
                await logout.mutateAsync().catch(() => {});
                throw error;
              }
              loggedIn = existing;
            });
          } else if (step === 'login') {
            loggedIn ??= await login.mutateAsync(state.authToken ? { authToken: state.authToken } : { uid: input.uid });
          }
        } catch (thrown) {
          if (step === 'createUser') state.mayExist ||= outcomeUnknown(thrown);
          const error = step === 'createUser' && isMissingAuthKey(thrown) ? new SignupSetupError(thrown) : thrown;
          if (error instanceof SignupSetupError && !toldDeveloper.current) {
            toldDeveloper.current = true;
            console.error(error.message);
          }
          mark(step, 'failed', error);
          throw error;
        }
        state.done.add(step);
        mark(step, step === 'createUser' && state.authToken !== undefined ? 'skipped' : 'done');
      }
      if (loggedIn) setUser(loggedIn);
      return loggedIn as User;
    },
    [onRegister, client, createUser.mutateAsync, login.mutateAsync, logout.mutateAsync, mark],
  );

  return { steps, user, run };
}

/** `true` when `user` has every value of the sign-up `input` (the uid aside, which CometChat lowercases). */
function holds(user: User, input: SignupInput): boolean {
  return Object.entries(input).every(
    ([field, value]) => field === 'uid' || sameValue(user[field as keyof User], value),
  );
}

/** `true` when a failed request may still have been carried out by the server. */
function outcomeUnknown(error: unknown): boolean {
  return isNetworkError(error) || (isProfileKitError(error) && error.status >= 500);
}
