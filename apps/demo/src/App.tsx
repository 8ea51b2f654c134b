import { type SignedOutReason, useCurrentUser } from '@profilekit/react';
import { useEffect } from 'react';
import type { BrowserConfig } from '../server/env';
import type { Language } from './language';
import { AdminPage } from './pages/AdminPage';
import { LoginPage } from './pages/LoginPage';
import { NotFound } from './pages/NotFound';
import { ProfilePage } from './pages/ProfilePage';
import { SignupPage } from './pages/SignupPage';
import { paths, redirect, usePath } from './router';
import { Layout } from './shell/Layout';
import { SignedOutNotice } from './shell/SignedOutNotice';
import { useTheme } from './theme';

/** The demo: one layout, four pages chosen by path; `/` goes to Profile when logged in, else Sign up. */
export function App({
  config,
  language,
  onLanguageChange,
  signedOut,
}: {
  config: BrowserConfig;
  language: Language;
  onLanguageChange: (language: Language) => void;
  /** Why the kit signed this tab out, shown until someone logs in. */
  signedOut?: SignedOutReason;
}) {
  const path = usePath();
  const [theme, setTheme] = useTheme();
  const me = useCurrentUser();
  const home = me.isPending ? undefined : me.data ? paths.profile : paths.signup;
  useEffect(() => {
    if (path === '/' && home) redirect(home);
  }, [path, home]);
  const page =
    path === paths.signup ? (
      <SignupPage theme={theme} />
    ) : path === paths.login ? (
      <LoginPage theme={theme} />
    ) : path === paths.profile ? (
      <ProfilePage theme={theme} />
    ) : path === paths.admin ? (
      <AdminPage theme={theme} />
    ) : path === '/' ? null : (
      <NotFound />
    );
  return (
    <Layout
      config={config}
      theme={theme}
      onThemeChange={setTheme}
      language={language}
      onLanguageChange={onLanguageChange}
    >
      <SignedOutNotice reason={signedOut} />
      {page}
    </Layout>
  );
}
