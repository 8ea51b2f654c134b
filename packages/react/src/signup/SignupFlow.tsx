'use client';

import { fieldState, type SignupInput, type User } from '@profilekit/core';
import { useCallback, useMemo } from 'react';
import { UserForm, type UserFormProps } from '../components/UserForm';
import { type FormField, formFieldNames } from '../form/formValues';
import { useLocale } from '../locales/useLocale';
import { defaultFormMessages } from '../messages/defaultFormMessages';
import type { SignupMessages, UserFormMessages } from '../messages/formMessages';
import { KitRoot } from '../theme/KitRoot';
import { usePkClass } from '../theme/usePkClass';
import { SignupSteps } from './SignupSteps';
import { UidAssist } from './UidAssist';
import { type RegisterCallback, useSignupSteps } from './useSignupSteps';
import type { UidCheck } from './useUidAvailability';

/** Props of {@link SignupFlow}. */
export type SignupFlowProps = Omit<UserFormProps<'signup'>, 'mode' | 'user' | 'onSubmit'> & {
  /**
   * Your app's registration: save the account in your database. Return `{ authToken }` when your
   * backend also created the CometChat user (production, REST API key); return nothing to have the
   * browser create it with the Auth Key (development). Leave it out to sign up through
   * `@profilekit/server` (`POST /signup`) with the provider's client, composed with `withBackend` —
   * which also lets a server component render `<SignupFlow />` with no function prop.
   */
  onRegister?: RegisterCallback;
  /** Called once the new user is logged in. */
  onComplete?: (user: User) => void;
  /**
   * Check uid availability as the person types: `true` (default) asks your backend
   * (`client.isUidAvailable`, with `withBackend`) or else `client.getUser` (needs a client that may read
   * users); pass your own check instead, or `false` to turn it off.
   */
  checkUidAvailability?: boolean | UidCheck;
};

/**
 * What the policy table's `signup` column lets a new person set (never a role), in table order but for the
 * name, which comes first: the uid is suggested from it.
 */
const signupFields: readonly FormField[] = formFieldNames
  .filter((field) => fieldState(field, 'signup') !== 'hidden')
  .sort((a, b) => Number(b === 'name') - Number(a === 'name'));

/**
 * Sign-up in visible steps: your details → your app's `onRegister` (your database) → create the
 * CometChat user (Auth Key; skipped when `onRegister` returns an auth token) → log in. A failed step
 * can be retried without retyping; the uid is suggested from the name and checked as you type.
 *
 * @example
 * ```tsx
 * <SignupFlow onRegister={(user) => fetch('/api/accounts', { method: 'POST', body: JSON.stringify(user) }).then((r) => r.json())}
 *             onComplete={(user) => navigate('/chat')} />
 * ```
 */
export function SignupFlow({
  onRegister,
  onComplete,
  checkUidAvailability = true,
  fields = signupFields,
  fieldExtras,
  ...props
}: SignupFlowProps) {
  const { locale, messages } = useLocale(props.locale, props.messages, defaultFormMessages);
  const signup = useSignupSteps(onRegister);
  const { run } = signup;
  const onSubmit = useCallback(
    async (input: SignupInput) => {
      const user = await run(input);
      onComplete?.(user);
      return user;
    },
    [run, onComplete],
  );
  const extras = useMemo(
    () => ({ uid: <UidAssist checkAvailability={checkUidAvailability} />, ...fieldExtras }),
    [checkUidAvailability, fieldExtras],
  );
  const header = useMemo(() => <SignupSteps steps={signup.steps} messages={messages} />, [signup.steps, messages]);
  if (signup.user) {
    return (
      <KitRoot unstyled={props.unstyled} theme={props.theme} locale={locale} className={props.className}>
        <SignupSteps steps={signup.steps} messages={messages} />
        <SignupDone name={signup.user.name} messages={messages} />
      </KitRoot>
    );
  }
  return (
    <UserForm
      mode="signup"
      onSubmit={onSubmit}
      fields={fields}
      submitLabel={messages.signUp}
      showFacts={false}
      fieldExtras={extras}
      header={header}
      successMessage=""
      {...props}
      // Resolved once here, with the sign-up's own words (English loads them with this component).
      messages={messages}
    />
  );
}

function SignupDone({ name, messages }: { name: string; messages: UserFormMessages & SignupMessages }) {
  const pk = usePkClass();
  return (
    <p role="status" className={pk('pk-status')}>
      {messages.signedUp(name)}
    </p>
  );
}
