import type { ReactNode } from 'react';

/** A panel for what uses the Auth Key in the browser: fine on your machine, never in production. */
export function DevOnly({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="demo-card demo-dev" aria-label={`${title} (development only)`}>
      <div className="demo-dev-head">
        <span className="demo-badge demo-badge-dev">Development only</span>
        <h2>{title}</h2>
      </div>
      {children}
    </section>
  );
}
