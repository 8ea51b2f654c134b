import type { ReactNode } from 'react';
import type { BrowserConfig } from '../../server/env';
import { useDemoMessages } from '../i18n/useDemoMessages';
import type { Language } from '../language';
import { Link, paths } from '../router';
import type { Theme } from '../theme';
import { useIsAdmin } from '../useIsAdmin';
import { BackendNote } from './BackendNote';
import { LanguageSelect } from './LanguageSelect';
import { ThemeToggle } from './ThemeToggle';
import { UserMenu } from './UserMenu';

/** Header (brand, navigation, user, language, theme), the page, and a footer naming the backend. */
export function Layout({
  config,
  theme,
  onThemeChange,
  language,
  onLanguageChange,
  children,
}: {
  config: BrowserConfig;
  theme: Theme;
  onThemeChange: (theme: Theme) => void;
  language: Language;
  onLanguageChange: (language: Language) => void;
  children: ReactNode;
}) {
  const isAdmin = useIsAdmin();
  const t = useDemoMessages();
  const navigation = [
    { to: paths.signup, label: t.signUp },
    { to: paths.login, label: t.logIn },
    { to: paths.profile, label: t.profile },
  ];
  const links = isAdmin ? [...navigation, { to: paths.admin, label: t.admin }] : navigation;
  return (
    <div className="pk-root demo" data-theme={theme}>
      <a className="demo-skip" href="#main">
        {t.skipToContent}
      </a>
      <header className="demo-header">
        <div className="demo-header-inner">
          <Link to="/" className="demo-brand">
            <span className="demo-logo" aria-hidden="true">
              pk
            </span>
            <span>
              profilekit <span className="demo-brand-sub">demo</span>
            </span>
          </Link>
          <nav aria-label={t.mainNavigation} className="demo-nav">
            {links.map(({ to, label }) => (
              <Link key={to} to={to} className="demo-nav-link">
                {label}
              </Link>
            ))}
          </nav>
          <div className="demo-header-end">
            <UserMenu />
            <LanguageSelect language={language} onChange={onLanguageChange} />
            <ThemeToggle theme={theme} onChange={onThemeChange} />
          </div>
        </div>
      </header>
      <main id="main" className="demo-main">
        {children}
      </main>
      <footer className="demo-footer">
        <BackendNote config={config} />
      </footer>
    </div>
  );
}
