'use client';

import type { User } from '@profilekit/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useDeactivateUsers, useReactivateUsers } from '../hooks/useDeactivateUsers';
import { useDeleteUser } from '../hooks/useDeleteUser';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import { useLocale } from '../locales/useLocale';
import { defaultFormMessages } from '../messages/defaultFormMessages';
import { describeError } from '../messages/describeError';
import type { UserFormMessagesInput } from '../messages/formMessages';
import type { ThemeProps } from '../theme/KitRoot';
import { UnstyledProvider } from '../theme/UnstyledProvider';
import { usePkClass } from '../theme/usePkClass';
import { DeleteUserDialog } from './DeleteUserDialog';

/** Props of {@link UserDangerZone}. */
export interface UserDangerZoneProps extends ThemeProps {
  /** The user as loaded; `deactivatedAt` decides between Deactivate and Reactivate. */
  user: Pick<User, 'uid'> & Partial<Pick<User, 'name' | 'deactivatedAt'>>;
  /** Called once the server deleted the user (e.g. close the panel, go back to the list). */
  onDeleted?: (uid: string, permanent: boolean) => void;
  messages?: UserFormMessagesInput;
  /** Its language; default: the provider's `locale`, else English. */
  locale?: ProfileKitLocale;
}

type Announcement = { kind: 'status' | 'alert'; text: string };

/**
 * The admin's danger zone for one user: deactivate or reactivate, and delete after a confirmation
 * that asks to type the uid and explains what a permanent delete means. Needs an admin client
 * (`createBackendClient` in a browser). Each result is announced; focus returns where it was.
 *
 * @example
 * ```tsx
 * const { data: user } = useUser({ uid });
 * {user && <UserDangerZone user={user} onDeleted={() => navigate('/admin')} />}
 * ```
 */
export function UserDangerZone(props: UserDangerZoneProps) {
  return (
    <UnstyledProvider unstyled={props.unstyled ?? false}>
      <StyledDangerZone {...props} />
    </UnstyledProvider>
  );
}

function StyledDangerZone({
  user,
  onDeleted,
  messages: overrides,
  locale: own,
  theme,
  className,
}: UserDangerZoneProps) {
  const pk = usePkClass();
  const id = useId();
  const { locale, messages } = useLocale(own, overrides, defaultFormMessages);
  const deactivate = useDeactivateUsers();
  const reactivate = useReactivateUsers();
  const remove = useDeleteUser();
  const heading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const [confirming, setConfirming] = useState(false);
  // After a delete, focus goes to the heading once the dialog is gone (while it is open, the page is inert).
  const focusHeading = useRef(false);
  useEffect(() => {
    if (confirming || !focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
  }, [confirming]);
  const [announcement, setAnnouncement] = useState<Announcement>();
  const [known, setKnown] = useState<{ uid: string; deactivated: boolean }>();
  const deactivated = known?.uid === user.uid ? known.deactivated : user.deactivatedAt !== undefined;
  const busy = deactivate.isPending || reactivate.isPending;

  const failed = (error: unknown) =>
    setAnnouncement({
      kind: 'alert',
      text: messages.actionFailed(describeError(error, messages).message),
    });

  const toggleActivation = () => {
    setAnnouncement(undefined);
    const mutation = deactivated ? reactivate : deactivate;
    mutation.mutate([user.uid], {
      onSuccess: () => {
        setKnown({ uid: user.uid, deactivated: !deactivated });
        const said = deactivated ? messages.reactivated : messages.deactivated;
        setAnnouncement({ kind: 'status', text: said(user.uid) });
      },
      onError: failed,
    });
  };

  const closeDialog = () => {
    setConfirming(false);
    deleteButton.current?.focus();
  };

  const confirmDelete = (permanent: boolean) => {
    setAnnouncement(undefined);
    remove.mutate(
      { uid: user.uid, permanent },
      {
        onSuccess: () => {
          setConfirming(false);
          setKnown({ uid: user.uid, deactivated: true });
          const said = permanent ? messages.deletedPermanently : messages.deleted;
          setAnnouncement({ kind: 'status', text: said(user.uid) });
          focusHeading.current = true;
          onDeleted?.(user.uid, permanent);
        },
        onError: (error) => {
          closeDialog();
          failed(error);
        },
      },
    );
  };

  return (
    <section
      aria-labelledby={`${id}-heading`}
      className={pk('pk-root pk-danger-zone', className)}
      data-theme={theme}
      lang={locale?.tag}
      dir={locale?.dir}
      data-deactivated={deactivated || undefined}
    >
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1} className={pk('pk-danger-zone-title')}>
        {messages.dangerZone}
      </h2>
      <p className={pk('pk-hint')}>{deactivated ? messages.userDeactivated : messages.userActive}</p>
      <div className={pk('pk-actions')}>
        <button
          type="button"
          className={pk('pk-button pk-button-secondary')}
          onClick={() => !busy && toggleActivation()}
          aria-disabled={busy || undefined}
          aria-describedby={deactivated ? undefined : `${id}-deactivate-hint`}
          data-busy={busy || undefined}
        >
          {busy ? messages.working : deactivated ? messages.reactivateUser : messages.deactivateUser}
        </button>
        <button
          type="button"
          ref={deleteButton}
          className={pk('pk-button pk-button-danger')}
          onClick={() => {
            setAnnouncement(undefined);
            setConfirming(true);
          }}
          aria-haspopup="dialog"
        >
          {messages.deleteUser}
        </button>
      </div>
      {!deactivated && (
        <p id={`${id}-deactivate-hint`} className={pk('pk-hint')}>
          {messages.deactivateHint}
        </p>
      )}
      <div role="status" className={pk('pk-status')} data-empty={announcement?.kind === 'status' ? undefined : ''}>
        {announcement?.kind === 'status' ? announcement.text : ''}
      </div>
      <div role="alert" className={pk('pk-alert')} data-empty={announcement?.kind === 'alert' ? undefined : ''}>
        {announcement?.kind === 'alert' ? announcement.text : ''}
      </div>
      {confirming && (
        <DeleteUserDialog
          uid={user.uid}
          name={user.name ?? user.uid}
          messages={messages}
          pending={remove.isPending}
          onConfirm={confirmDelete}
          onCancel={closeDialog}
        />
      )}
    </section>
  );
}
