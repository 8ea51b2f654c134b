import type { UserField, ValidationMessages } from '@profilekit/core';
import type { DirectoryMessages } from '../directory/directoryMessages';

/**
 * The avatar upload's strings (file picker, checks, crop dialog, upload). They are keys of {@link UserFormMessages}
 * like any other; their English defaults load with the lazy chunks that show them (the picker's when the provider
 * has `uploadAvatar`, the editor's when a file first arrives), so a page without uploads never downloads them.
 */
export interface AvatarEditorMessages {
  /** The accessible name of the avatar's file input. */
  avatarUpload: string;
  /** Beside the file input: the other ways in and the formats. */
  avatarDropHint: string;
  /** While an image is dragged over the drop zone. */
  avatarDropActive: string;
  /** While the image editor (a lazily loaded chunk) loads. */
  avatarEditorLoading: string;
  avatarWrongType: (label: string) => string;
  avatarTooLarge: (label: string, bytes: number, maxBytes: number) => string;
  avatarTooSmall: (label: string, width: number, height: number, minSide: number) => string;
  avatarTooManyPixels: (label: string, width: number, height: number) => string;
  avatarUnreadable: (label: string) => string;
  avatarCropTitle: string;
  /** The crop area's accessible name: how to move and zoom with the keyboard. */
  avatarCropArea: string;
  avatarZoom: string;
  /** Announced after each move or zoom, in percent. */
  avatarCropPosition: (zoom: number, left: number, top: number) => string;
  avatarUseCrop: string;
  avatarChooseAnother: string;
  /** Closes the crop dialog without using the image. */
  avatarCancel: string;
  /** Tries a failed upload again. */
  avatarRetry: string;
  avatarUploading: (percent: number) => string;
  avatarCancelUpload: string;
  avatarUploadCancelled: string;
  avatarUploadFailed: (message: string) => string;
  /** Announced once the uploaded image's URL is in the avatar field. */
  avatarUploaded: string;
}

/**
 * Every string the kit's components show. Labels come from the policy table of `@profilekit/core`;
 * validation messages come from core's {@link ValidationMessages} and use your labels. The keys of the parts a
 * profile page may never show (sign-up, danger zone, avatar editor) are optional: each part fills in its English.
 */
export interface UserFormMessages
  extends Partial<AvatarEditorMessages>,
    Partial<SignupMessages>,
    Partial<AdminMessages>,
    Partial<DirectoryMessages> {
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
  tagDuplicate: (tag: string) => string;
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
}

/**
 * @deprecated Use {@link UserFormMessages}: the form's messages and the whole kit's are one type now (the sign-up's,
 * the danger zone's and the avatar editor's keys are optional in it). This alias goes in the next minor release.
 */
export type FormMessages = UserFormMessages;

/** The uid assist's and the sign-up steps' strings (`UidAssist`, `SignupFlow`); their English loads with them. */
export interface SignupMessages {
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
  /** The sign-up cannot create the chat user: no backend and no Auth Key (the console says how to fix it). */
  signupNotConfigured: string;
}

/** The admin's danger zone's and delete dialog's strings (`UserDangerZone`); their English loads with them. */
export interface AdminMessages {
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
