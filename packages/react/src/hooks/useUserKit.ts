'use client';

import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useContext } from 'react';
import { UserKitContext, type UserKitContextValue } from '../UserKitProvider';

/**
 * The client, Auth Key and QueryClient of the nearest {@link UserKitProvider}.
 *
 * @example
 * ```tsx
 * const { client } = useUserKit();
 * const onCheck = () => client.getUser(uid);
 * ```
 */
export function useUserKit(queryClient?: QueryClient): UserKitContextValue & { queryClient: QueryClient } {
  const context = useContext(UserKitContext);
  if (!context) throw new Error('userkit: hooks and forms must be rendered inside <UserKitProvider client={…}>');
  return { ...context, queryClient: useQueryClient(queryClient) };
}
