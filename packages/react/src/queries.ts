// Server-safe entry (`@profilekit/react/queries`): no hooks, no context, no 'use client' — a server
// component may import it to prefetch (`queryClient.prefetchQuery(userQueryOptions(client, uid))`).
export { userKeys } from './queryKeys';
export {
  currentUserQueryOptions,
  infiniteUsersQueryOptions,
  userQueryOptions,
  usersQueryOptions,
} from './queryOptions';
