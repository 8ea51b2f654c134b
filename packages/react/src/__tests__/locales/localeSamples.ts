import type { MessageSubject, ValidationMessages } from '@profilekit/core';
import type { DirectoryMessages } from '../../directory/directoryMessages';
import type { UserFormMessages } from '../../messages/formMessages';

type Fn = (...args: never[]) => string;
type FunctionKeys<T> = { [K in keyof T]-?: T[K] extends Fn ? K : never }[keyof T];

/**
 * Arguments to call a message with. Every string or number argument that appears in the English text must
 * appear in every locale's text too, unless its index is listed in `free` (English words a language may
 * replace with its own, such as core's description of the uid's characters).
 */
export interface Sample<A extends unknown[]> {
  args: A;
  free?: number[];
}

/** One sample per function message. Typed: a new function message in English fails to compile until it has one. */
export type Samples<T> = { [K in FunctionKeys<T>]: T[K] extends (...args: infer A) => string ? Sample<A> : never };

const label = 'Sample Label';
const name = 'Quinn Sample';
const uid = 'quinn_42';
const tag = 'zeta-tag';
const failure = 'Sample failure';
const subject: MessageSubject = { field: 'name', label };
const date = new Date('2026-03-04T05:06:07Z');

export const formSamples: Samples<Omit<Required<UserFormMessages>, 'labels' | 'validation' | keyof DirectoryMessages>> =
  {
    createOnlyHint: { args: [label] },
    readOnlyHint: { args: [label] },
    lockedHint: { args: [label] },
    removeTag: { args: [tag] },
    tagsCount: { args: [7, 25] },
    tagDuplicate: { args: [tag] },
    jsonSize: { args: [2560, 5120] },
    invalidJson: { args: [label, 'Unexpected token }'] },
    relativeTime: { args: [date, new Date('2026-03-04T05:11:07Z')] },
    exactTime: { args: [date] },
    created: { args: [name] },
    loadFailed: { args: [failure] },
    fixFields: { args: [5] },
    rateLimited: { args: [7] },
    serverFieldError: { args: [label, 'The avatar must be a valid URL.'] },
    uidTaken: { args: [uid] },
    uidAvailable: { args: [uid] },
    uidUnavailable: { args: [uid] },
    suggestedUid: { args: [uid] },
    signedUp: { args: [name] },
    deleteDialogTitle: { args: [name] },
    confirmUidLabel: { args: [uid] },
    deletePermanentlyHint: { args: [uid] },
    confirmDelete: { args: [uid] },
    confirmDeletePermanently: { args: [uid] },
    deactivated: { args: [uid] },
    reactivated: { args: [uid] },
    deleted: { args: [uid] },
    deletedPermanently: { args: [uid] },
    actionFailed: { args: [failure] },
    avatarWrongType: { args: [label] },
    avatarTooLarge: { args: [label, 6_000_000, 5_242_880] },
    avatarTooSmall: { args: [label, 64, 48, 128] },
    avatarTooManyPixels: { args: [label, 30_000, 20_000] },
    avatarUnreadable: { args: [label] },
    avatarCropPosition: { args: [150, 20, 35] },
    avatarUploading: { args: [42] },
    avatarUploadFailed: { args: [failure] },
  };

export const validationSamples: Samples<ValidationMessages> = {
  required: { args: [subject] },
  notText: { args: [subject] },
  uidCharacters: { args: [subject, 'letters, digits, underscore and hyphen'], free: [1] },
  tooShort: { args: [subject, 3] },
  tooLong: { args: [subject, 100] },
  notHttpUrl: { args: [subject] },
  notJsonObject: { args: [subject] },
  tooLarge: { args: [subject, 5120, 6042] },
  tooManyItems: { args: [subject, 25] },
  itemLength: { args: [subject, 1, 100] },
  notAList: { args: [subject] },
  unknownUnset: { args: [['avatar', 'link', 'metadata']] },
  setAndUnset: { args: [subject] },
  notAnObject: { args: [] },
};

/** Counts every plural form is tried with (zero, one, two, few, many, other in Arabic). */
export const counts = [0, 1, 2, 3, 11, 100, 1000];
