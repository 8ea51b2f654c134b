import type { ListUsersQuery, RequestOptions, UserClient, UserPage } from '../client';
import { isNetworkError } from '../errors';
import { abortable, abortError } from '../http/abort';
import { currentUserBody } from '../http/currentUserBody';
import type { Pagination } from '../http/listQuery';
import { toUserPage } from '../http/listQuery';
import { notLoggedIn } from '../http/notLoggedIn';
import { type RetryOptions, retrying } from '../http/retry';
import { validated } from '../http/validate';
import { toBlockOutcome, toUser } from '../http/wireUser';
import { userFieldNames, userFields } from '../policy';
import type { CreateUserInput, CurrentUserChanges, UpdateUserInput, User } from '../types';
import type { CometChatLike } from './cometChatLike';
import { errorFromCometChat } from './sdkError';
import { subscribeToSdkPresence } from './sdkPresence';
import { timeLimit } from './timeLimit';
import { applyListQuery } from './usersRequest';

/** Options of {@link createSdkClient}. */
export interface SdkClientOptions {
  /** Retries of reads (`getUser`, `listUsers`) on 429/5xx; the SDK hides `Retry-After`, so 429 waits 1 s. */
  retry?: RetryOptions;
  /** Milliseconds before a call rejects with `ERR_TIMEOUT` (the SDK's request itself goes on). Default: no limit. */
  timeoutMs?: number;
}

/** The client {@link createSdkClient} returns: a {@link UserClient} whose `subscribeToPresence` is always there. */
export type SdkUserClient = UserClient & Required<Pick<UserClient, 'subscribeToPresence'>>;

/** Fields only meaningful relative to another logged-in user, from the policy table. */
const relativeFields = userFieldNames.filter((field) => 'relative' in userFields[field]);

/**
 * A {@link UserClient} over your app's own initialised official SDK (`@cometchat/chat-sdk-javascript`,
 * an optional peer dependency: profilekit never imports it). SDK `User` objects come back as plain
 * `User` values and `CometChatException`s as profilekit errors. Input is validated before the SDK is called.
 *
 * The SDK cannot cancel a request: an aborted `signal` (or `timeoutMs`) rejects the call at once with
 * `ERR_ABORTED` (`ERR_TIMEOUT`), and never calls the SDK when already aborted, but a request in flight
 * may still complete on the server. `getLoggedInUser` answers from the SDK's own session without a
 * request (so a revoked token shows only on the next call that reaches CometChat), and the SDK hides
 * `Retry-After`, so a read answered 429 is retried after 1 s.
 *
 * `subscribeToPresence` follows the SDK's own user listener (`CometChat.addUserListener`): each user the socket
 * reports online or offline arrives as a `presence` event; `ProfileKitProvider` subscribes to it by itself.
 *
 * @example
 * ```ts
 * import { CometChat } from '@cometchat/chat-sdk-javascript';
 * import { createSdkClient } from '@profilekit/core/sdk';
 *
 * await CometChat.init(APP_ID, new CometChat.AppSettingsBuilder().setRegion('eu').build());
 * const client = createSdkClient(CometChat);
 * await client.login(authTokenFromYourBackend);
 * const stop = client.subscribeToPresence(({ uid, status }) => console.log(`${uid} is ${status}`));
 * ```
 */
export function createSdkClient(cometChat: CometChatLike, options: SdkClientOptions = {}): SdkUserClient {
  async function call<T>(run: () => Promise<T>, signal: AbortSignal | undefined, secrets: (string | undefined)[] = []) {
    if (signal?.aborted) throw abortError(signal);
    try {
      return await abortable(timeLimit(Promise.resolve().then(run), options.timeoutMs), signal);
    } catch (error) {
      throw isNetworkError(error) ? error : errorFromCometChat(error, secrets);
    }
  }
  const read = <T>(run: () => Promise<T>, requestOptions?: RequestOptions) =>
    retrying(() => call(run, requestOptions?.signal), options.retry, requestOptions?.signal);

  /** A user as it is to itself or to an admin: the SDK's default `hasBlockedMe`/`blockedByMe` mean nothing there. */
  const ownUser = (source: object) => {
    const user = toUser(source);
    for (const field of relativeFields) delete user[field];
    return user;
  };

  /** An SDK `User` carrying exactly the validated request (an admin update's `unset` included). */
  const sdkUser = (uid: string, body: object) => Object.assign(new cometChat.User(uid), body);

  /** `CometChat.createUser` / `updateUser` with a validated request and the Auth Key. */
  async function withAuthKey(
    operation: 'createUser' | 'updateUser',
    { uid, ...body }: { uid: string },
    authKey: string | undefined,
    requestOptions?: RequestOptions,
  ) {
    const run = () => cometChat[operation](sdkUser(uid, body), authKey ?? '');
    return ownUser(await call(run, requestOptions?.signal, [authKey]));
  }

  async function loggedInUid(operation: string): Promise<string> {
    const me = (await cometChat.getLoggedinUser()) as { uid?: string } | null;
    if (!me?.uid) throw notLoggedIn(operation);
    return me.uid;
  }

  return {
    async login(uidOrAuthToken: string, authKeyOrOptions?: string | RequestOptions, maybeOptions?: RequestOptions) {
      if (typeof authKeyOrOptions !== 'string') {
        return ownUser(await call(() => cometChat.login(uidOrAuthToken), authKeyOrOptions?.signal, [uidOrAuthToken]));
      }
      const authKey = authKeyOrOptions;
      return ownUser(await call(() => cometChat.login(uidOrAuthToken, authKey), maybeOptions?.signal, [authKey]));
    },

    async logout(requestOptions?: RequestOptions) {
      if (!(await cometChat.getLoggedinUser())) return;
      await call(() => cometChat.logout(), requestOptions?.signal);
    },

    async getLoggedInUser(requestOptions?: RequestOptions) {
      const user = await call(() => cometChat.getLoggedinUser(), requestOptions?.signal);
      return user ? ownUser(user) : null;
    },

    createUser: async (user: CreateUserInput, authKey?: string, requestOptions?: RequestOptions) =>
      withAuthKey('createUser', validated('create', user), authKey, requestOptions),

    updateUser: async (user: UpdateUserInput, authKey?: string, requestOptions?: RequestOptions) =>
      withAuthKey('updateUser', validated('update', user), authKey, requestOptions),

    async updateCurrentUserDetails(changes: CurrentUserChanges, requestOptions?: RequestOptions) {
      const body = currentUserBody(validated('updateCurrent', changes));
      const uid = await loggedInUid('updateCurrentUserDetails');
      return ownUser(await call(() => cometChat.updateCurrentUserDetails(sdkUser(uid, body)), requestOptions?.signal));
    },

    async getUser(uid: string, requestOptions?: RequestOptions): Promise<User> {
      return toUser(await read(() => cometChat.getUser(uid), requestOptions));
    },

    async listUsers(query: ListUsersQuery = {}, requestOptions?: RequestOptions): Promise<UserPage> {
      const request = applyListQuery(new cometChat.UsersRequestBuilder(), query).build();
      const users = await read(() => request.fetchNext(), requestOptions);
      const { pagination } = request as { pagination?: Pagination };
      return toUserPage(users.map(toUser), pagination, query);
    },

    async blockUsers(uids: string[], requestOptions?: RequestOptions) {
      return toBlockOutcome(await call(() => cometChat.blockUsers(uids), requestOptions?.signal));
    },

    async unblockUsers(uids: string[], requestOptions?: RequestOptions) {
      return toBlockOutcome(await call(() => cometChat.unblockUsers(uids), requestOptions?.signal));
    },

    subscribeToPresence: (listener) => subscribeToSdkPresence(cometChat, listener),
  };
}
