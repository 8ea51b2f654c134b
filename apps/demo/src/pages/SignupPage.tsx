import { type CreateUserInput, isProfileKitError, normalizeUid, type User } from '@profilekit/core';
import { SignupFlow, useSignup } from '@profilekit/react';
import { useCallback, useRef, useState } from 'react';
import { type AccountErrors, AccountFields, type AccountValues } from '../AccountFields';
import { useDemoMessages } from '../i18n/useDemoMessages';
import { Link, paths } from '../router';
import type { Theme } from '../theme';
import { useDemoClient } from '../useDemoClient';
import { PageHeader } from './PageHeader';

const signupMessages = { stepSkipped: 'Done by your backend' };

/** Sign up through your backend: it stores the account, creates the CometChat user and returns an auth token. */
export function SignupPage({ theme }: { theme: Theme }) {
  const [account, setAccount] = useState<AccountValues>({ email: '', password: '' });
  const [accountErrors, setAccountErrors] = useState<AccountErrors>({});
  const [done, setDone] = useState<User>();
  const client = useDemoClient();
  const t = useDemoMessages();
  const { mutateAsync: signup } = useSignup();
  const latest = useRef(account);
  latest.current = account;
  // The uid this visitor's own registration stored: after a failed step it is theirs, not "taken".
  const claimed = useRef<string>(undefined);
  const checkUid = useCallback(
    async (uid: string, signal: AbortSignal) =>
      normalizeUid(uid) === claimed.current || client.isUidAvailable(uid, { signal }),
    [client],
  );

  const onRegister = useCallback(
    async ({ role: _role, ...user }: CreateUserInput) => {
      setAccountErrors({});
      const { email, password } = latest.current;
      try {
        const { authToken } = await signup({ user, account: { email: email || undefined, password } });
        return { authToken };
      } catch (error) {
        // Signed up already (an earlier answer was lost): the backend issues no token there, so log in.
        if (isProfileKitError(error) && error.code === 'ERR_SIGNUP_COMPLETED') {
          return { authToken: (await client.startSession({ login: user.uid, password })).authToken };
        }
        // A server error may come after the account was stored: the uid is this visitor's from now on.
        if (!isProfileKitError(error) || error.status === 0 || error.status >= 500)
          claimed.current = normalizeUid(user.uid);
        if (isProfileKitError(error)) {
          setAccountErrors({ email: error.details.email?.[0], password: error.details.password?.[0] });
        }
        throw error;
      }
    },
    [signup, client],
  );

  const onChange = (values: AccountValues) => {
    setAccount(values);
    setAccountErrors({});
  };

  return (
    <div className="demo-page demo-page-split">
      <section className="demo-card" aria-labelledby="signup-title">
        <PageHeader id="signup-title" title={t.signupTitle} lead={t.signupLead} />
        <SignupFlow
          theme={theme}
          className="demo-form"
          aria-label={t.signUp}
          checkUidAvailability={checkUid}
          messages={signupMessages}
          onRegister={onRegister}
          onComplete={setDone}
          renderField={(name, element) =>
            name === 'uid' ? (
              <>
                {element}
                <AccountFields values={account} errors={accountErrors} onChange={onChange} />
              </>
            ) : (
              element
            )
          }
        />
        {done ? (
          <p className="demo-next">
            <Link to={paths.profile} className="demo-button demo-button-primary">
              {t.goToProfile}
            </Link>
          </p>
        ) : (
          <p className="demo-muted demo-switch">
            {t.haveAccount} <Link to={paths.login}>{t.logIn}</Link>
          </p>
        )}
      </section>
      <aside className="demo-aside" aria-label={t.howSignupWorks}>
        <h2>{t.signupStepsTitle}</h2>
        <ol className="demo-flow">
          <li>
            <strong>{t.signupStep1}</strong>
            {t.signupStep1Text}
          </li>
          <li>
            <strong>{t.signupStep2}</strong>
            {t.signupStep2Text}
          </li>
          <li>
            <strong>{t.signupStep3}</strong>
            {t.signupStep3Text}
          </li>
        </ol>
        <p className="demo-muted">{t.signupNote}</p>
      </aside>
    </div>
  );
}
