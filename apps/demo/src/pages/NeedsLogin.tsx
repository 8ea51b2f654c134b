import { useDemoMessages } from '../i18n/useDemoMessages';
import { Link, paths } from '../router';

/** What a page that needs a session shows to a visitor. */
export function NeedsLogin({ title }: { title: string }) {
  const t = useDemoMessages();
  return (
    <div className="demo-page demo-page-narrow">
      <section className="demo-card demo-empty" aria-labelledby="needs-login-title">
        <h1 id="needs-login-title">{title}</h1>
        <p className="demo-muted">{t.sessionKept}</p>
        <p className="demo-actions-row">
          <Link to={paths.login} className="demo-button demo-button-primary">
            {t.logIn}
          </Link>
          <Link to={paths.signup} className="demo-button">
            {t.createAccount}
          </Link>
        </p>
      </section>
    </div>
  );
}
