export {
  type AvatarEditorMessages,
  defaultFormMessages,
  mergeFormMessages,
  type UserFormMessages,
  type UserFormMessagesInput,
} from './formMessages';
