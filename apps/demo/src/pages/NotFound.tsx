import { Link, paths } from '../router';

/** Any path the demo does not have. */
export function NotFound() {
  return (
    <div className="demo-page demo-page-narrow">
      <section className="demo-card demo-empty" aria-labelledby="not-found-title">
        <h1 id="not-found-title">Page not found</h1>
        <p className="demo-muted">There is nothing at this address.</p>
        <p className="demo-actions-row">
          <Link to={paths.signup} className="demo-button demo-button-primary">
            Sign up
          </Link>
          <Link to={paths.profile} className="demo-button">
            Your profile
          </Link>
        </p>
      </section>
    </div>
  );
}
