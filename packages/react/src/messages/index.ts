export { defaultFormMessages } from './defaultFormMessages';
export type { AvatarEditorMessages, FormMessages, UserFormMessages, UserFormMessagesInput } from './formMessages';
export { mergeFormMessages } from './mergeFormMessages';
