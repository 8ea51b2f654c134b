'use client';

import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { ProfileKitContext, type ProfileKitContextValue } from '../ProfileKitProvider';

/** Options every profilekit hook takes as its last argument; more may join without breaking calls. */
export interface ProfileKitHookOptions {
  /** The QueryClient to use instead of the provider's (as TanStack Query's own hooks accept). */
  queryClient?: QueryClient;
}

/**
 * The client and QueryClient of the nearest {@link ProfileKitProvider}.
 *
 * @example
 * ```tsx
 * const { client } = useProfileKit();
 * const onCheck = () => client.getUser(uid);
 * ```
 */
export function useProfileKit(
  options: ProfileKitHookOptions = {},
): ProfileKitContextValue & { queryClient: QueryClient } {
  const context = useContext(ProfileKitContext);
  if (!context) throw new Error('profilekit: hooks and forms must be rendered inside <ProfileKitProvider client={…}>');
  return { ...context, queryClient: useQueryClient(options.queryClient) };
}
