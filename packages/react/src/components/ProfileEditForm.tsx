'use client';

import type { CurrentUserChanges, User } from '@profilekit/core';
import { useCallback } from 'react';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useUpdateCurrentUser } from '../hooks/useUpdateCurrentUser';
import { useLocale } from '../locales/useLocale';
import { describeError } from '../messages/describeError';
import { KitRoot } from '../theme/KitRoot';
import { usePkClass } from '../theme/usePkClass';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';
import { UserForm, type UserFormProps } from './UserForm';

/** Props of {@link ProfileEditForm}: everything of `UserForm` except what it decides itself. */
export type ProfileEditFormProps = Omit<UserFormProps<'updateCurrent'>, 'mode' | 'user' | 'onSubmit'> & {
  /** Called with the saved user after each successful save. */
  onSaved?: (user: User) => void;
  /** Warn before leaving the page with unsaved changes; default `true`. */
  warnOnLeave?: boolean;
};

/**
 * The logged-in user's profile, ready to drop in: loads with `useCurrentUser`, saves with
 * `useUpdateCurrentUser` only what changed. UID and Role are shown but not editable; Status and
 * Last active are read-only. Reset, an unsaved-changes warning and an announced success included.
 *
 * @example
 * ```tsx
 * <ProfileKitProvider client={client}>
 *   <ProfileEditForm onSaved={(user) => toast(`Saved ${user.name}`)} />
 * </ProfileKitProvider>
 * ```
 */
export function ProfileEditForm({ onSaved, warnOnLeave = true, children, ...props }: ProfileEditFormProps) {
  const current = useCurrentUser();
  const update = useUpdateCurrentUser();
  const { mutateAsync } = update;
  const { locale, messages } = useLocale(props.locale, props.messages);
  const onSubmit = useCallback(
    async (changes: CurrentUserChanges) => {
      const saved = await mutateAsync(changes);
      onSaved?.(saved);
      return saved;
    },
    [mutateAsync, onSaved],
  );
  if (current.isPending || current.isError || !current.data) {
    const text = current.isPending
      ? messages.loading
      : current.isError
        ? messages.loadFailed(describeError(current.error, messages).message)
        : messages.notLoggedIn;
    return (
      <KitRoot
        unstyled={props.unstyled}
        theme={props.theme}
        locale={locale}
        className={props.className}
        aria-busy={current.isPending || undefined}
      >
        <ProfileMessage error={current.isError}>{text}</ProfileMessage>
      </KitRoot>
    );
  }
  return (
    <UserForm mode="updateCurrent" user={current.data} onSubmit={onSubmit} showReset {...props}>
      {warnOnLeave && <UnsavedChangesGuard />}
      {children}
    </UserForm>
  );
}

function ProfileMessage({ error, children }: { error: boolean; children: string }) {
  const pk = usePkClass();
  return (
    <p role={error ? 'alert' : 'status'} className={pk(error ? 'pk-alert' : 'pk-status')}>
      {children}
    </p>
  );
}
