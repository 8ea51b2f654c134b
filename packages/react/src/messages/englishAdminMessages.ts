import type { AdminMessages } from './formMessages';

/** profilekit's English for the admin's danger zone and delete dialog. */
export const englishAdminMessages: AdminMessages = {
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
