'use client';

import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { ProfileKitContext, type ProfileKitContextValue } from '../ProfileKitProvider';

/**
 * The client, Auth Key and QueryClient of the nearest {@link ProfileKitProvider}.
 *
 * @example
 * ```tsx
 * const { client } = useProfileKit();
 * const onCheck = () => client.getUser(uid);
 * ```
 */
export function useProfileKit(queryClient?: QueryClient): ProfileKitContextValue & { queryClient: QueryClient } {
  const context = useContext(ProfileKitContext);
  if (!context) throw new Error('profilekit: hooks and forms must be rendered inside <ProfileKitProvider client={…}>');
  return { ...context, queryClient: useQueryClient(queryClient) };
}
