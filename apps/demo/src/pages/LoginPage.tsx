import { isProfileKitError } from '@profilekit/core';
import { useCurrentUser, useLogin } from '@profilekit/react';
import { type FormEvent, useState } from 'react';
import { devAuthKey } from '../config';
import { DevOnly } from '../DevOnly';
import { InputField } from '../InputField';
import { useDemoMessages } from '../i18n/useDemoMessages';
import { Link, navigate, paths } from '../router';
import type { Theme } from '../theme';
import { useDemoClient } from '../useDemoClient';
import { PageHeader } from './PageHeader';

type Errors = Partial<Record<'login' | 'password' | 'form', string>>;

/** Log in with your backend's account (it returns an auth token); or, in development, any uid with the Auth Key. */
export function LoginPage({ theme }: { theme: Theme }) {
  const login = useLogin();
  const client = useDemoClient();
  const { data: me } = useCurrentUser();
  const [values, setValues] = useState({ login: '', password: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const t = useDemoMessages();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setBusy(true);
    try {
      const { authToken } = await client.startSession({ login: values.login, password: values.password });
      await login.mutateAsync({ authToken });
      navigate(paths.profile);
    } catch (error) {
      const details = isProfileKitError(error) ? error.details : {};
      setErrors({
        login: details.login?.[0],
        password: details.password?.[0],
        form: error instanceof Error && !details.login && !details.password ? error.message : undefined,
      });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="demo-page demo-page-narrow">
      <section className="demo-card" aria-labelledby="login-title">
        <PageHeader id="login-title" title={t.logIn} lead={t.loginLead} />
        {me && <p className="demo-note">{t.loggedInAs(me.name)}</p>}
        <form
          className="pk-root pk-form demo-form"
          data-theme={theme}
          onSubmit={onSubmit}
          noValidate
          aria-label={t.logIn}
        >
          <InputField
            label={t.uidOrEmail}
            name="login"
            autoComplete="username"
            required
            value={values.login}
            onValueChange={(login) => setValues({ ...values, login })}
            error={errors.login}
          />
          <InputField
            label={t.password}
            type="password"
            name="password"
            autoComplete="current-password"
            required
            value={values.password}
            onValueChange={(password) => setValues({ ...values, password })}
            error={errors.password}
          />
          {errors.form && (
            <p role="alert" className="pk-alert">
              {errors.form}
            </p>
          )}
          <div className="pk-actions">
            <button type="submit" className="pk-button pk-button-primary" aria-disabled={busy || undefined}>
              {busy ? t.loggingIn : t.logIn}
            </button>
          </div>
        </form>
        <p className="demo-muted demo-switch">
          {t.newHere} <Link to={paths.signup}>{t.createAccount}</Link>
        </p>
      </section>
      {devAuthKey && <AuthKeyLogin theme={theme} />}
    </div>
  );
}

/** Development only: log in as any uid with the Auth Key the client holds (`withDevAuthKey`, opt-in, never in a build). */
function AuthKeyLogin({ theme }: { theme: Theme }) {
  const login = useLogin();
  const [uid, setUid] = useState('');
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ uid: uid.trim() }, { onSuccess: () => navigate(paths.profile) });
  };
  const error =
    login.error &&
    (isProfileKitError(login.error) ? (login.error.details.uid?.[0] ?? login.error.message) : String(login.error));
  return (
    <DevOnly title="Log in as any user with the Auth Key">
      <p className="demo-muted">
        The Auth Key can log in as anyone, so a production app never ships it. Handy for trying the seeded users (
        <code>superhero1</code>…).
      </p>
      <form
        className="pk-root pk-form demo-form demo-inline-form"
        data-theme={theme}
        onSubmit={onSubmit}
        noValidate
        aria-label="Log in with the Auth Key"
      >
        <InputField
          label="UID"
          name="uid"
          autoComplete="off"
          value={uid}
          onValueChange={setUid}
          error={error || undefined}
        />
        <div className="pk-actions">
          <button type="submit" className="pk-button pk-button-secondary" aria-disabled={login.isPending || undefined}>
            {login.isPending ? 'Logging in…' : 'Log in with Auth Key'}
          </button>
        </div>
      </form>
    </DevOnly>
  );
}
