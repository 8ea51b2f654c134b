export type { CometChatExceptionLike, CometChatLike, UsersRequestBuilderLike } from './cometChatLike';
export { createSdkClient, type SdkClientOptions } from './createSdkClient';
export { errorFromCometChat } from './sdkError';
