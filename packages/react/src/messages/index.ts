export {
  defaultFormMessages,
  mergeFormMessages,
  type UserFormMessages,
  type UserFormMessagesInput,
} from './formMessages';
