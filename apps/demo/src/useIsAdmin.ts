import { useCurrentUser } from '@profilekit/react';
import { adminRoles } from './config';

/** `true` when the logged-in user's role is an admin role: only they see Admin (the backend checks it again). */
export function useIsAdmin(): boolean {
  const { data: me } = useCurrentUser();
  return me?.role !== undefined && adminRoles.includes(me.role);
}
