export { defaultFormMessages } from './defaultFormMessages';
export type { FormMessages, UserFormMessages, UserFormMessagesInput } from './formMessages';
export { mergeFormMessages } from './mergeFormMessages';
