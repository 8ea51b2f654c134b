export { defaultFormMessages } from './defaultFormMessages';
export type {
  AdminMessages,
  AvatarEditorMessages,
  FormMessages,
  SignupMessages,
  UserFormMessages,
  UserFormMessagesInput,
} from './formMessages';
export { mergeFormMessages } from './mergeFormMessages';
