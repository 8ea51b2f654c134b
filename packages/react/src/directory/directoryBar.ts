'use client';

import { useId } from 'react';
import { usePkClass } from '../theme/usePkClass';
import type { DirectoryWords } from './useDirectoryMessages';
import type { UserDirectoryApi } from './useUserDirectory';

/** What a bar above the directory table (the filters, the selection bar) is given by `UserDirectory`. */
export interface DirectoryBarProps {
  directory: UserDirectoryApi;
  /** The roles offered in the bar's role picker. */
  roles: string[];
  messages: DirectoryWords;
}

/** The theme's class names and an id prefix for the bar's labelled controls (`${id}-role` …). */
export function useDirectoryBar(): { pk: ReturnType<typeof usePkClass>; id: string } {
  return { pk: usePkClass(), id: useId() };
}
