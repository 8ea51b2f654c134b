import { useDemoMessages } from '../i18n/useDemoMessages';
import { Link, paths } from '../router';

/** Any path the demo does not have. */
export function NotFound() {
  const t = useDemoMessages();
  return (
    <div className="demo-page demo-page-narrow">
      <section className="demo-card demo-empty" aria-labelledby="not-found-title">
        <h1 id="not-found-title">{t.notFoundTitle}</h1>
        <p className="demo-muted">{t.notFoundText}</p>
        <p className="demo-actions-row">
          <Link to={paths.signup} className="demo-button demo-button-primary">
            {t.signUp}
          </Link>
          <Link to={paths.profile} className="demo-button">
            {t.yourProfile}
          </Link>
        </p>
      </section>
    </div>
  );
}
