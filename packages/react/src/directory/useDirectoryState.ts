'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { type DirectoryRouter, searchParamsRouter } from './directoryRouter';
import { type DirectoryState, initialDirectoryState, readDirectoryState, writeDirectoryState } from './directoryState';

/** A change to the directory's state: anything but the page sends a person back to page 1. */
export type DirectoryChange = Partial<DirectoryState>;

/** The directory's state, read from the router once and written back on every change. */
export function useDirectoryState(router: DirectoryRouter = searchParamsRouter, defaults?: Partial<DirectoryState>) {
  // A default is a starting point, read once: a later render with a new object does not reset the directory.
  const [base] = useState<DirectoryState>(() => ({ ...initialDirectoryState, ...defaults }));
  const [state, setState] = useState<DirectoryState>(() => readDirectoryState(router.read(), base));
  const routerRef = useRef(router);
  routerRef.current = router;
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const current = routerRef.current;
    current.write(writeDirectoryState(state, base, current.read()));
  }, [state, base]);
  const change = useCallback(
    (next: DirectoryChange) =>
      setState((current) => {
        const merged = { ...current, ...next };
        const onlyPage = Object.keys(next).every((key) => key === 'page');
        return onlyPage ? merged : { ...merged, page: next.page ?? 1 };
      }),
    [],
  );
  return { state, change, defaults: base };
}
