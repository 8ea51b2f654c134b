'use client';

import { asDeactivated, asReactivated } from '../cache/userActivation';
import { useOptimisticUsersMutation } from './useOptimisticUsersMutation';
import type { ProfileKitHookOptions } from './useProfileKit';

/**
 * Deactivates users (REST API key, so through your backend): they cannot log in and CometChat hides
 * them from listings. At once every cached list drops them — or marks `deactivatedAt` where the list
 * asked for deactivated users — and it all comes back if the server refuses.
 *
 * @example
 * ```tsx
 * const deactivate = useDeactivateUsers();
 * deactivate.mutate(['spammer1'], { onError: (error) => toast(error.message) });
 * ```
 */
export function useDeactivateUsers(options: ProfileKitHookOptions = {}) {
  return useOptimisticUsersMutation<string[]>(
    {
      hook: 'useDeactivateUsers',
      uidsOf: (uids) => uids,
      edit: () => asDeactivated,
      send: (client, uids) => client.deactivateUsers(uids),
      messages: (uids) => uids.map((uid) => ({ type: 'user.deactivated', uid })),
    },
    options,
  );
}

/**
 * Reactivates deactivated users: `deactivatedAt` goes from every cached copy at once (and they leave
 * lists of only deactivated users), rolled back if the server refuses; lists then refetch.
 *
 * @example
 * ```tsx
 * const reactivate = useReactivateUsers();
 * reactivate.mutate(['spammer1']);
 * ```
 */
export function useReactivateUsers(options: ProfileKitHookOptions = {}) {
  return useOptimisticUsersMutation<string[]>(
    {
      hook: 'useReactivateUsers',
      uidsOf: (uids) => uids,
      edit: () => asReactivated,
      send: (client, uids) => client.reactivateUsers(uids),
      messages: (uids) => [{ type: 'users.changed', uids }],
    },
    options,
  );
}
