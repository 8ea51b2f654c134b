import type { ListUsersQuery } from '../client';
import type { UsersRequestBuilderLike } from './cometChatLike';

/**
 * Configures the SDK's `UsersRequestBuilder` for a {@link ListUsersQuery}. `page` becomes
 * `setPage(page - 1)` (the SDK fetches the page after it); `withDeactivated` and
 * `onlyDeactivated` need the REST API key and are not available through the SDK.
 *
 * @example
 * ```ts
 * const request = applyListQuery(new CometChat.UsersRequestBuilder(), { searchKeyword: 'kev', limit: 30 }).build();
 * ```
 */
export function applyListQuery(builder: UsersRequestBuilderLike, query: ListUsersQuery): UsersRequestBuilderLike {
  builder
    .setLimit(query.limit ?? 100)
    .setPage((query.page ?? 1) - 1)
    .withTags(true);
  if (query.searchKeyword) builder.setSearchKeyword(query.searchKeyword);
  if (query.searchIn) builder.searchIn(query.searchIn);
  if (query.status) builder.setStatus(query.status);
  if (query.roles) builder.setRoles(query.roles);
  if (query.tags) builder.setTags(query.tags);
  if (query.uids) builder.setUIDs(query.uids);
  if (query.hideBlockedUsers) builder.hideBlockedUsers(true);
  if (query.sortBy) builder.sortBy(query.sortBy);
  if (query.sortOrder) builder.sortByOrder(query.sortOrder);
  return builder;
}
