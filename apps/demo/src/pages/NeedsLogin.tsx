import { Link, paths } from '../router';

/** What a page that needs a session shows to a visitor. */
export function NeedsLogin({ what }: { what: string }) {
  return (
    <div className="demo-page demo-page-narrow">
      <section className="demo-card demo-empty" aria-labelledby="needs-login-title">
        <h1 id="needs-login-title">Log in to {what}</h1>
        <p className="demo-muted">Your session is kept in this browser, so you only do this once.</p>
        <p className="demo-actions-row">
          <Link to={paths.login} className="demo-button demo-button-primary">
            Log in
          </Link>
          <Link to={paths.signup} className="demo-button">
            Create an account
          </Link>
        </p>
      </section>
    </div>
  );
}
