import type { ReactNode } from 'react';

/** A panel for what uses the Auth Key in the browser: fine on your machine, never in production. */
export function DevOnly({ title, onClose, children }: { title: string; onClose?: () => void; children: ReactNode }) {
  return (
    <section className="demo-card demo-dev" aria-label={`${title} (development only)`}>
      <div className="demo-dev-head">
        <div className="demo-dev-title">
          <span className="demo-badge demo-badge-dev">Development only</span>
          <h2>{title}</h2>
        </div>
        {onClose && (
          <button type="button" className="demo-icon-button" onClick={onClose} aria-label="Close">
            ×
          </button>
        )}
      </div>
      {children}
    </section>
  );
}
