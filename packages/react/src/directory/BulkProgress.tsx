'use client';

import { describeError } from '../messages/describeError';
import { usePkClass } from '../theme/usePkClass';
import type { BulkRun } from './useBulkUserAction';
import type { DirectoryWords } from './useDirectoryMessages';

/** A bulk action's progress bar, then its outcome: done, or the list of users it could not change and why. */
export function BulkProgress({
  run,
  messages: t,
  onDismiss,
}: {
  run: BulkRun;
  messages: DirectoryWords;
  onDismiss: () => void;
}) {
  const pk = usePkClass();
  const done = run.outcomes.length;
  const failed = run.outcomes.filter((outcome) => !outcome.ok);
  return (
    <div className={pk('pk-directory-progress')}>
      <progress max={run.total} value={done} aria-label={t.directoryProgress(done, run.total)} />
      {run.running ? (
        <p role="status">{t.directoryProgress(done, run.total)}</p>
      ) : failed.length === 0 ? (
        <p role="status">{t.directoryBulkDone(done)}</p>
      ) : (
        <div role="alert">
          <p>{t.directoryBulkPartial(failed.length, run.total)}</p>
          <ul aria-label={t.directoryBulkResults} className={pk('pk-directory-results')}>
            {failed.map((outcome) => (
              <li key={outcome.uid}>
                <code>{outcome.uid}</code>
                {outcome.name && outcome.name !== outcome.uid ? ` (${outcome.name})` : ''}:{' '}
                {describeError(outcome.error, t).message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {!run.running && (
        <button type="button" className={pk('pk-button pk-button-secondary')} onClick={onDismiss}>
          {t.directoryClosePanel}
        </button>
      )}
    </div>
  );
}
