import { useCurrentUser } from '@userkit/react';
import type { BrowserConfig } from '../server/env';
import { AdminPage } from './pages/AdminPage';
import { LoginPage } from './pages/LoginPage';
import { ProfilePage } from './pages/ProfilePage';
import { SignupPage } from './pages/SignupPage';
import { paths, usePath } from './router';
import { Layout } from './shell/Layout';
import { useTheme } from './theme';

/** The demo: one layout, four pages chosen by path. */
export function App({ config }: { config: BrowserConfig }) {
  const path = usePath();
  const [theme, setTheme] = useTheme();
  const me = useCurrentUser();
  const page =
    path === paths.login ? (
      <LoginPage config={config} theme={theme} />
    ) : path === paths.profile ? (
      <ProfilePage theme={theme} />
    ) : path === paths.admin ? (
      <AdminPage config={config} theme={theme} />
    ) : path === paths.signup || !me.data ? (
      <SignupPage theme={theme} />
    ) : (
      <ProfilePage theme={theme} />
    );
  return (
    <Layout config={config} theme={theme} onThemeChange={setTheme}>
      {page}
    </Layout>
  );
}
