'use client';

import { activationQueries, asDeactivated, asErased } from '../cache/userActivation';
import { userKeys } from '../queryKeys';
import { requireAdminClient } from './requireClient';
import { useOptimisticUsersMutation } from './useOptimisticUsersMutation';
import { type ProfileKitHookOptions, useProfileKit } from './useProfileKit';

/** Which user to delete, and how. */
export interface DeleteUserInput {
  uid: string;
  /**
   * `true` erases the user and frees the uid for someone new. By default the delete is soft: CometChat
   * deactivates the user and the uid stays taken (a reactivation brings the user back).
   */
  permanent?: boolean;
}

/**
 * Deletes a user (REST API key, so through your backend). A soft delete shows at once as a
 * deactivation in every cached copy; a permanent one drops the user from every cached list and,
 * once the server agrees, forgets the user's cached details. Refused → everything comes back.
 *
 * @example
 * ```tsx
 * const deleteUser = useDeleteUser();
 * deleteUser.mutate({ uid: 'spammer1', permanent: true }, { onSuccess: () => navigate('/admin') });
 * ```
 */
export function useDeleteUser(options: ProfileKitHookOptions = {}) {
  const { client, queryClient } = useProfileKit(options);
  const admin = requireAdminClient(client, 'useDeleteUser');
  return useOptimisticUsersMutation<DeleteUserInput, void>(
    {
      plan: ({ uid, permanent = false }) => ({
        uids: [uid],
        edit: permanent ? asErased : asDeactivated,
        send: () => admin.deleteUser(uid, { permanent }),
      }),
      onSuccess: (_data, { uid, permanent }) => {
        if (!permanent) return;
        queryClient.removeQueries({ queryKey: userKeys.detail(uid), exact: true });
        queryClient.removeQueries({ queryKey: userKeys.availability(uid), exact: true });
      },
      messages: (_data, { uid, permanent }) => [{ type: permanent ? 'user.deleted' : 'user.deactivated', uid }],
      invalidate: ({ uid }) => activationQueries([uid]),
    },
    options,
  );
}
