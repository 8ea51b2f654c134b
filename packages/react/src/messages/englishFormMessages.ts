import { defaultMessages, type UserField, userFieldNames, userFields } from '@profilekit/core';
import { englishRelativeTime } from './englishRelativeTime';
import type { UserFormMessages } from './formMessages';
import { formatRelativeTime, fullDateTimeFormat } from './intlFormats';

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

const tableLabels = Object.fromEntries(userFieldNames.map((field) => [field, userFields[field].label])) as Record<
  UserField,
  string
>;

/** profilekit's English for the forms and their parts: what every form uses when no locale is given. */
export const englishFormMessages: UserFormMessages = {
  labels: tableLabels,
  validation: defaultMessages,
  createOnlyHint: (label) => `${label} is set once and cannot be changed later.`,
  readOnlyHint: (label) => `${label} cannot be changed.`,
  lockedHint: (label) => `Only an administrator can change your ${label.toLowerCase()}.`,
  avatarPreview: 'Avatar preview',
  avatarPreviewHint: 'A preview appears for an http:// or https:// image URL.',
  openLink: 'Open link',
  newTag: 'New tag',
  addTag: 'Add tag',
  removeTag: (tag) => `Remove tag ${tag}`,
  tagsCount: (count, max) => `${count} of ${max} tags`,
  noTags: 'No tags yet.',
  tagDuplicate: (tag) => `The tag "${tag}" is already there.`,
  formatJson: 'Format JSON',
  jsonSize: (bytes, maxBytes) => `${size(bytes)} of ${size(maxBytes)}`,
  invalidJson: (label, reason) => `${label} is not valid JSON: ${reason}`,
  chooseRole: 'Choose a role',
  online: 'Online',
  offline: 'Offline',
  never: 'Never',
  blockedByMe: 'You blocked this user',
  hasBlockedMe: 'This user blocked you',
  notBlocked: 'No',
  relativeTime: (date, now) => formatRelativeTime(date, now, englishRelativeTime),
  exactTime: (date) => fullDateTimeFormat('en').format(date),
  submitCreate: 'Create user',
  submitUpdate: 'Save changes',
  submitUpdateCurrent: 'Save profile',
  saving: 'Saving…',
  reset: 'Reset',
  saved: 'Your changes were saved.',
  created: (name) => `${name} was created.`,
  nothingToSave: 'Nothing changed: there is nothing to save.',
  loading: 'Loading…',
  notLoggedIn: 'Nobody is logged in.',
  loadFailed: (message) => `Could not load the profile: ${message}`,
  fixFields: (count) => (count === 1 ? 'Fix the highlighted field.' : `Fix the ${count} highlighted fields.`),
  rateLimited: (seconds) => `Too many requests. Try again in ${seconds} s.`,
  networkError: 'Could not reach the server. Check your connection and try again.',
  userNotFound: 'This user does not exist.',
  sessionExpired: 'Session ended. Log in again.',
  notAllowed: 'You may not do this.',
  appMisconfigured: 'This app is misconfigured.',
  requestRejected: 'The server refused this.',
  serverUnavailable: 'Server error. Try again later.',
  unexpectedError: 'Something went wrong.',
  serverFieldError: (_label, detail) => detail,
  uidTaken: (uid) => `The UID "${uid}" is already taken.`,
};
