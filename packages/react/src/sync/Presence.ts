import type { User } from '@profilekit/core';

/** Whether a user is online, and since when they were last active (unix seconds), as `usePresence` returns it. */
export interface Presence {
  status: User['status'];
  lastActiveAt: number | undefined;
}

/** The presence facts of a user. */
export const presenceOf = (user: Pick<User, 'status' | 'lastActiveAt'>): Presence => ({
  status: user.status,
  lastActiveAt: user.lastActiveAt,
});
