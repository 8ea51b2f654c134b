export type { CacheRollback } from './cache/userCache';
export * from './components';
export * from './fields';
export * from './form';
export * from './hooks';
export * from './messages';
export { userKeys } from './queryKeys';
export {
  currentUserQueryOptions,
  infiniteUsersQueryOptions,
  userQueryOptions,
  usersQueryOptions,
} from './queryOptions';
export { type UserKitContextValue, UserKitProvider, type UserKitProviderProps } from './UserKitProvider';
