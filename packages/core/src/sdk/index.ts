export type { CometChatExceptionLike, CometChatLike, UsersRequestBuilderLike } from './cometChatLike';
export { type CometChatAdapterOptions, fromCometChat } from './fromCometChat';
export { errorFromCometChat } from './sdkError';
