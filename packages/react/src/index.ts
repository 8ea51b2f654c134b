export type { CacheRollback } from './cache/userCache';
export * from './components';
export * from './fields';
export * from './form';
export * from './hooks';
export * from './messages';
export { type ProfileKitContextValue, ProfileKitProvider, type ProfileKitProviderProps } from './ProfileKitProvider';
export { userKeys } from './queryKeys';
export {
  currentUserQueryOptions,
  infiniteUsersQueryOptions,
  userQueryOptions,
  usersQueryOptions,
} from './queryOptions';
