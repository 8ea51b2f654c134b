'use client';

import { usePkClass } from '../theme/usePkClass';
import type { DirectoryWords } from './useDirectoryMessages';
import type { UserDirectoryApi } from './useUserDirectory';

/** Previous and Next, with the page and the total from the list's pagination. */
export function DirectoryPagination({
  directory,
  messages: t,
}: {
  directory: UserDirectoryApi;
  messages: DirectoryWords;
}) {
  const pk = usePkClass();
  const { state, totalPages, total, change } = directory;
  const page = Math.min(state.page, totalPages);
  return (
    <nav className={pk('pk-directory-pages')} aria-label={t.directoryPages}>
      <button
        type="button"
        className={pk('pk-button pk-button-secondary')}
        disabled={page <= 1}
        onClick={() => change({ page: page - 1 })}
      >
        {t.directoryPrevious}
      </button>
      <span aria-live="polite">{directory.users.data ? t.directoryPage(page, totalPages, total) : ''}</span>
      <button
        type="button"
        className={pk('pk-button pk-button-secondary')}
        disabled={page >= totalPages}
        onClick={() => change({ page: page + 1 })}
      >
        {t.directoryNext}
      </button>
    </nav>
  );
}
