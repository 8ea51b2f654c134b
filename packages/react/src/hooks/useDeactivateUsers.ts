'use client';

import type { CachedUserEdit } from '../cache/editCachedUsers';
import { activationQueries, asDeactivated, asReactivated } from '../cache/userActivation';
import type { TabMessage } from '../sync/TabMessage';
import { requireAdminClient } from './requireClient';
import { useOptimisticUsersMutation } from './useOptimisticUsersMutation';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

type AdminClient = ReturnType<typeof requireAdminClient>;

/** A change of activation: the hook's name (for the error without an admin client), the cache edit, the request. */
interface Activation {
  hook: string;
  edit: CachedUserEdit;
  send: (admin: AdminClient, uids: string[]) => Promise<void>;
  /** What the other tabs are told once the server agreed. */
  messages: (uids: string[]) => TabMessage[];
}

const deactivation: Activation = {
  hook: 'useDeactivateUsers',
  edit: asDeactivated,
  send: (admin, uids) => admin.deactivateUsers(uids),
  messages: (uids) => uids.map((uid) => ({ type: 'user.deactivated', uid })),
};
const reactivation: Activation = {
  hook: 'useReactivateUsers',
  edit: asReactivated,
  send: (admin, uids) => admin.reactivateUsers(uids),
  messages: (uids) => [{ type: 'users.changed', uids }],
};

/** Deactivation or reactivation of users by uid: every cached copy edited at once, rolled back if refused. */
function useActivationMutation({ hook, edit, send, messages }: Activation, options: ProfileKitHookOptions) {
  const admin = requireAdminClient(useProfileKit(options).client, hook);
  return useOptimisticUsersMutation<string[], void>(
    {
      plan: (uids) => ({ uids, edit, send: () => send(admin, uids) }),
      messages: (_data, uids) => messages(uids),
      invalidate: activationQueries,
    },
    options,
  );
}

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
  return useActivationMutation(deactivation, options);
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
  return useActivationMutation(reactivation, options);
}
