import { defaultMessages, type UserField, userFieldNames, userFields, type ValidationMessages } from '@profilekit/core';

import { englishRelativeTime } from './englishRelativeTime';
import { formatRelativeTime, fullDateTimeFormat } from './intlFormats';

const size = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);

/**
 * Every string the form components show. Labels come from the policy table of `@profilekit/core`;
 * validation messages come from core's {@link ValidationMessages} and use your labels.
 */
export interface UserFormMessages {
  /** Field names as a person reads them: UID, Name, Avatar, Link, Role, Metadata, Status message, Tags, Status, Last active. */
  labels: Record<UserField, string>;
  /** Core's validation messages; each receives your label for the field. */
  validation: ValidationMessages;
  createOnlyHint: (label: string) => string;
  readOnlyHint: (label: string) => string;
  lockedHint: (label: string) => string;
  avatarPreview: string;
  avatarPreviewHint: string;
  openLink: string;
  newTag: string;
  addTag: string;
  removeTag: (tag: string) => string;
  tagsCount: (count: number, max: number) => string;
  noTags: string;
  tagTooLong: (max: number) => string;
  tagDuplicate: (tag: string) => string;
  tooManyTags: (max: number) => string;
  formatJson: string;
  jsonSize: (bytes: number, maxBytes: number) => string;
  invalidJson: (label: string, reason: string) => string;
  chooseRole: string;
  online: string;
  offline: string;
  never: string;
  blockedByMe: string;
  hasBlockedMe: string;
  notBlocked: string;
  /** Relative time of a moment, e.g. "5 minutes ago". */
  relativeTime: (date: Date, now: Date) => string;
  /** The exact time shown in a tooltip (computed when the tooltip is about to show). */
  exactTime: (date: Date) => string;
  submitCreate: string;
  submitUpdate: string;
  submitUpdateCurrent: string;
  saving: string;
  reset: string;
  saved: string;
  created: (name: string) => string;
  nothingToSave: string;
  loading: string;
  notLoggedIn: string;
  loadFailed: (message: string) => string;
  fixFields: (count: number) => string;
  rateLimited: (seconds: number) => string;
  networkError: string;
  /** The server no longer knows this user (ERR_UID_NOT_FOUND). */
  userNotFound: string;
  /** The auth token is unknown or revoked (HTTP 401). */
  sessionExpired: string;
  /** The logged-in user may not do this (HTTP 403). */
  notAllowed: string;
  /** The app's keys or setup are wrong (missing or unknown key, Auth Key in production). */
  appMisconfigured: string;
  /** The server refused the request as invalid, without naming a field of the form. */
  requestRejected: string;
  /** The server failed (HTTP 5xx). */
  serverUnavailable: string;
  /** Any other error from the server; its own text is kept as detail. */
  unexpectedError: string;
  /** A field the server rejected, with the server's text (English) as `detail`. */
  serverFieldError: (label: string, detail: string) => string;
  uidTaken: (uid: string) => string;
  uidChecking: string;
  uidAvailable: (uid: string) => string;
  uidUnavailable: (uid: string) => string;
  suggestedUid: (uid: string) => string;
  useSuggestion: string;
  signUp: string;
  retry: string;
  stepDetails: string;
  stepRegister: string;
  stepCreateUser: string;
  stepLogin: string;
  stepPending: string;
  stepRunning: string;
  stepDone: string;
  stepSkipped: string;
  stepFailed: string;
  signupProgress: string;
  signedUp: (name: string) => string;
  /** The heading of the admin's danger zone (deactivate, reactivate, delete). */
  dangerZone: string;
  userActive: string;
  userDeactivated: string;
  deactivateUser: string;
  deactivateHint: string;
  reactivateUser: string;
  deleteUser: string;
  deleteDialogTitle: (name: string) => string;
  deleteDialogDescription: string;
  /** The label of the input that asks to type the uid before a delete. */
  confirmUidLabel: (uid: string) => string;
  deletePermanently: string;
  /** What "permanent" means, in words: the uid becomes free; a soft delete keeps it taken. */
  deletePermanentlyHint: (uid: string) => string;
  cancel: string;
  confirmDelete: (uid: string) => string;
  confirmDeletePermanently: (uid: string) => string;
  working: string;
  deactivated: (uid: string) => string;
  reactivated: (uid: string) => string;
  deleted: (uid: string) => string;
  deletedPermanently: (uid: string) => string;
  actionFailed: (message: string) => string;
}

/** Overrides for {@link UserFormMessages}: any subset, labels and validation merged key by key. */
export type UserFormMessagesInput = Partial<Omit<UserFormMessages, 'labels' | 'validation'>> & {
  labels?: Partial<Record<UserField, string>>;
  validation?: Partial<ValidationMessages>;
};

const tableLabels = Object.fromEntries(userFieldNames.map((field) => [field, userFields[field].label])) as Record<
  UserField,
  string
>;

/**
 * profilekit's English strings for the forms.
 *
 * @example
 * ```ts
 * defaultFormMessages.labels.statusMessage; // 'Status message'
 * ```
 */
export const defaultFormMessages: UserFormMessages = {
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
  tagTooLong: (max) => `A tag can have at most ${max} characters.`,
  tagDuplicate: (tag) => `The tag "${tag}" is already there.`,
  tooManyTags: (max) => `At most ${max} tags.`,
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
  userNotFound: 'This user does not exist or was deactivated.',
  sessionExpired: 'Your session has ended. Log in again.',
  notAllowed: 'You are not allowed to do this.',
  appMisconfigured: 'This app is not set up correctly. Contact its administrator.',
  requestRejected: 'The server refused the request.',
  serverUnavailable: 'The server had a problem. Try again later.',
  unexpectedError: 'Something went wrong. Try again.',
  serverFieldError: (_label, detail) => detail,
  uidTaken: (uid) => `The UID "${uid}" is already taken.`,
  uidChecking: 'Checking availability…',
  uidAvailable: (uid) => `"${uid}" is available.`,
  uidUnavailable: (uid) => `"${uid}" is already taken.`,
  suggestedUid: (uid) => `Suggested: ${uid}`,
  useSuggestion: 'Use suggestion',
  signUp: 'Sign up',
  retry: 'Retry',
  stepDetails: 'Your details',
  stepRegister: 'Create your account',
  stepCreateUser: 'Create chat user',
  stepLogin: 'Log in',
  stepPending: 'Waiting',
  stepRunning: 'In progress',
  stepDone: 'Done',
  stepSkipped: 'Skipped',
  stepFailed: 'Failed',
  signupProgress: 'Sign-up progress',
  signedUp: (name) => `Welcome, ${name}! You are signed up and logged in.`,
  dangerZone: 'Danger zone',
  userActive: 'This user is active.',
  userDeactivated: 'This user is deactivated: they cannot log in and are hidden from lists.',
  deactivateUser: 'Deactivate user',
  deactivateHint: 'A deactivated user cannot log in until you reactivate them. Nothing is deleted.',
  reactivateUser: 'Reactivate user',
  deleteUser: 'Delete user',
  deleteDialogTitle: (name) => `Delete ${name}?`,
  deleteDialogDescription: 'The user can no longer log in or chat. This cannot be undone from here.',
  confirmUidLabel: (uid) => `Type the UID "${uid}" to confirm`,
  deletePermanently: 'Delete permanently',
  deletePermanentlyHint: (uid) =>
    `Erases the user for good and frees the UID "${uid}": someone new may sign up with it. ` +
    'Without this, the user is deactivated instead and the UID stays taken.',
  cancel: 'Cancel',
  confirmDelete: (uid) => `Delete ${uid}`,
  confirmDeletePermanently: (uid) => `Delete ${uid} permanently`,
  working: 'Working…',
  deactivated: (uid) => `${uid} was deactivated.`,
  reactivated: (uid) => `${uid} was reactivated.`,
  deleted: (uid) => `${uid} was deleted. The UID stays taken.`,
  deletedPermanently: (uid) => `${uid} was deleted permanently. The UID is free again.`,
  actionFailed: (message) => `That did not work: ${message}`,
};

/**
 * Your overrides merged over a locale's messages ({@link defaultFormMessages}, English, by default).
 *
 * @example
 * ```ts
 * const messages = mergeFormMessages({ labels: { uid: 'User ID' }, saved: 'Gespeichert' });
 * ```
 */
export function mergeFormMessages(
  overrides: UserFormMessagesInput = {},
  base: UserFormMessages = defaultFormMessages,
): UserFormMessages {
  return {
    ...base,
    ...overrides,
    labels: { ...base.labels, ...overrides.labels },
    validation: { ...base.validation, ...overrides.validation },
  };
}
