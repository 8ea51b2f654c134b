'use client';

import { sameUid } from '@profilekit/core';
import { useEffect, useId, useRef, useState } from 'react';
import { ModalDialog } from '../dialog/ModalDialog';
import type { AdminMessages, UserFormMessages } from '../messages/formMessages';
import { usePkClass } from '../theme/usePkClass';

/** Props of {@link DeleteUserDialog}. */
export interface DeleteUserDialogProps {
  uid: string;
  name: string;
  messages: UserFormMessages & AdminMessages;
  /** The request is under way: the confirm button says so and ignores clicks. */
  pending: boolean;
  onConfirm: (permanent: boolean) => void;
  onCancel: () => void;
}

/**
 * The confirmation before a delete: an `alertdialog` that asks to type the uid, with a toggle whose
 * description says in words what a permanent delete means. Focus starts in the uid input and stays
 * inside until the dialog closes (Escape cancels).
 *
 * @example
 * ```tsx
 * <DeleteUserDialog uid="spammer1" name="Spammer" messages={messages} pending={false} onConfirm={remove} onCancel={close} />
 * ```
 */
export function DeleteUserDialog({ uid, name, messages, pending, onConfirm, onCancel }: DeleteUserDialogProps) {
  const pk = usePkClass();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [permanent, setPermanent] = useState(false);
  const confirmed = sameUid(typed.trim(), uid);

  useEffect(() => input.current?.focus(), []);

  return (
    <ModalDialog
      role="alertdialog"
      title={messages.deleteDialogTitle(name)}
      description={messages.deleteDialogDescription}
      onCancel={onCancel}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (confirmed && !pending) onConfirm(permanent);
        }}
      >
        <div className={pk('pk-field')}>
          <label htmlFor={`${id}-uid`} className={pk('pk-label')}>
            {messages.confirmUidLabel(uid)}
          </label>
          <input
            ref={input}
            id={`${id}-uid`}
            className={pk('pk-input')}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className={pk('pk-field pk-check')}>
          <input
            id={`${id}-permanent`}
            type="checkbox"
            checked={permanent}
            onChange={(event) => setPermanent(event.target.checked)}
            aria-describedby={`${id}-permanent-hint`}
          />
          <label htmlFor={`${id}-permanent`}>{messages.deletePermanently}</label>
          <p id={`${id}-permanent-hint`} className={pk('pk-hint')}>
            {messages.deletePermanentlyHint(uid)}
          </p>
        </div>
        <div className={pk('pk-actions')}>
          <button type="button" className={pk('pk-button pk-button-secondary')} onClick={onCancel}>
            {messages.cancel}
          </button>
          <button
            type="submit"
            className={pk('pk-button pk-button-danger')}
            disabled={!confirmed}
            aria-disabled={pending || undefined}
            data-busy={pending || undefined}
          >
            {pending
              ? messages.working
              : permanent
                ? messages.confirmDeletePermanently(uid)
                : messages.confirmDelete(uid)}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
