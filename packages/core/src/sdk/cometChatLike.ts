/**
 * The part of the official SDK's `CometChat` class the adapter uses, as a structural type: the
 * adapter never imports `@cometchat/chat-sdk-javascript`, you pass your own initialised `CometChat`.
 */
export interface CometChatLike {
  // biome-ignore lint/suspicious/noExplicitAny: the SDK declares login(...args: any)
  login(...args: any): Promise<object>;
  logout(): Promise<unknown>;
  getLoggedinUser(): Promise<object | null>;
  createUser(user: object, authKey: string): Promise<object>;
  updateUser(user: object, authKey: string): Promise<object>;
  updateCurrentUserDetails(user: object): Promise<object>;
  getUser(uid: string): Promise<object>;
  blockUsers(uids: string[]): Promise<object>;
  unblockUsers(uids: string[]): Promise<object>;
  User: new (uid: string) => object;
  UsersRequestBuilder: new () => UsersRequestBuilderLike;
  /** Registers a user listener under a unique name (a second one with the same name replaces it). */
  addUserListener?(name: string, listener: object): void;
  /** Removes the user listener registered under that name. */
  removeUserListener?(name: string): void;
  /** The SDK's `UserListener` class: what its socket calls when a user comes online or goes offline. */
  UserListener?: new (
    handlers: UserListenerHandlers,
  ) => object;
}

/** The callbacks of the SDK's `UserListener`; each receives the SDK `User` with `status` and `lastActiveAt` set. */
export interface UserListenerHandlers {
  onUserOnline(user: object): void;
  onUserOffline(user: object): void;
}

/** The SDK's `UsersRequestBuilder`, as far as the adapter uses it. */
export interface UsersRequestBuilderLike {
  setLimit(limit: number): this;
  setPage(page: number): this;
  setSearchKeyword(searchKeyword: string): this;
  searchIn(searchIn: string[]): this;
  setStatus(status: string): this;
  setRoles(roles: string[]): this;
  setTags(tags: string[]): this;
  setUIDs(uids: string[]): this;
  withTags(withTags: boolean): this;
  hideBlockedUsers(hideBlockedUsers: boolean): this;
  sortBy(sortBy: string): this;
  sortByOrder(sortOrder: string): this;
  build(): { fetchNext(): Promise<object[]> };
}

/** What a `CometChatException` carries. */
export interface CometChatExceptionLike {
  code?: string | number;
  name?: string;
  message?: string;
  details?: unknown;
}
