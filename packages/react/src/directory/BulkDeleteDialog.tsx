'use client';

import { useEffect, useRef } from 'react';
import { ModalDialog } from '../dialog/ModalDialog';
import { usePkClass } from '../theme/usePkClass';
import type { DirectoryWords } from './useDirectoryMessages';

/** The confirmation before deleting the selected users, naming how many (a soft delete: the uids stay taken). */
export function BulkDeleteDialog({
  count,
  messages: t,
  onConfirm,
  onCancel,
}: {
  count: number;
  messages: DirectoryWords;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const pk = usePkClass();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <ModalDialog
      role="alertdialog"
      title={t.directoryBulkDeleteTitle(count)}
      description={t.directoryBulkDeleteDescription}
      onCancel={onCancel}
    >
      <div className={pk('pk-actions')}>
        <button ref={cancel} type="button" className={pk('pk-button pk-button-secondary')} onClick={onCancel}>
          {t.cancel}
        </button>
        <button type="button" className={pk('pk-button pk-button-danger')} onClick={onConfirm}>
          {t.directoryBulkDeleteConfirm(count)}
        </button>
      </div>
    </ModalDialog>
  );
}
