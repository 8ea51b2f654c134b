'use client';

import { activationQueries, asDeactivated, asReactivated } from '../cache/userActivation';
import { requireAdminClient } from './requireClient';
import { useOptimisticUsersMutation } from './useOptimisticUsersMutation';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

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
  const admin = requireAdminClient(useProfileKit(options).client, 'useDeactivateUsers');
  return useOptimisticUsersMutation<string[], void>(
    {
      plan: (uids) => ({ uids, edit: asDeactivated, send: () => admin.deactivateUsers(uids) }),
      invalidate: activationQueries,
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
  const admin = requireAdminClient(useProfileKit(options).client, 'useReactivateUsers');
  return useOptimisticUsersMutation<string[], void>(
    {
      plan: (uids) => ({ uids, edit: asReactivated, send: () => admin.reactivateUsers(uids) }),
      invalidate: activationQueries,
    },
    options,
  );
}
