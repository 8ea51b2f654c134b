export type {
  CometChatExceptionLike,
  CometChatLike,
  UserListenerHandlers,
  UsersRequestBuilderLike,
} from './cometChatLike';
export { createSdkClient, type SdkClientOptions, type SdkUserClient } from './createSdkClient';
export { errorFromCometChat } from './sdkError';
