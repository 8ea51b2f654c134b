'use client';

import type { User } from '@profilekit/core';
import { useCallback, useRef, useState } from 'react';
import { requireAdminClient } from '../hooks/requireClient';
import { type ProfileKitHookOptions, useProfileKit } from '../hooks/useProfileKit';
import { type BulkAction, type BulkOutcome, runBulkAction } from './bulkActions';

/** A bulk action's run: how far it got and what happened to each user. */
export interface BulkRun {
  action: BulkAction;
  total: number;
  outcomes: BulkOutcome[];
  running: boolean;
}

/**
 * Runs bulk actions over users (an admin client: `createBackendClient` in a browser) and keeps the progress
 * and each user's outcome for a progress bar and a result list.
 *
 * @example
 * ```tsx
 * const bulk = useBulkUserAction();
 * await bulk.run({ kind: 'addTag', tag: 'beta' }, selectedUsers);
 * bulk.current?.outcomes.filter((outcome) => !outcome.ok);
 * ```
 */
export function useBulkUserAction(options: ProfileKitHookOptions = {}) {
  const { client, queryClient } = useProfileKit(options);
  const [current, setCurrent] = useState<BulkRun>();
  const running = useRef(false);
  const run = useCallback(
    async (action: BulkAction, users: User[]): Promise<BulkOutcome[]> => {
      if (running.current) throw new Error('profilekit: a bulk action is already running');
      const admin = requireAdminClient(client, 'useBulkUserAction');
      running.current = true;
      const outcomes: BulkOutcome[] = [];
      setCurrent({ action, total: users.length, outcomes: [], running: true });
      try {
        await runBulkAction(admin, queryClient, action, users, (outcome) => {
          outcomes.push(outcome);
          setCurrent({ action, total: users.length, outcomes: [...outcomes], running: true });
        });
      } finally {
        running.current = false;
        setCurrent({ action, total: users.length, outcomes: [...outcomes], running: false });
      }
      return outcomes;
    },
    [client, queryClient],
  );
  const dismiss = useCallback(() => setCurrent(undefined), []);
  return { run, current, dismiss };
}
