'use client';

import type { User } from '@profilekit/core';
import { useEffect, useId, useRef } from 'react';
import { UserDangerZone } from '../admin/UserDangerZone';
import { UserForm } from '../components/UserForm';
import type { RoleOption } from '../fields/RoleField';
import { useUpdateUser } from '../hooks/useUpdateUser';
import { useUser } from '../hooks/useUser';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import type { ThemeProps } from '../theme/KitRoot';
import { usePkClass } from '../theme/usePkClass';
import type { DirectoryWords } from './useDirectoryMessages';

/**
 * One user beside the table: `UserForm` in update mode (only what changed is sent) and the danger zone. A
 * deactivated user is not returned by uid, so the list's copy stands in for it.
 */
export function UserSidePanel({
  listed,
  roles,
  messages: t,
  locale,
  theme,
  onClose,
}: {
  listed: User;
  roles: readonly RoleOption[] | undefined;
  messages: DirectoryWords;
  locale: ProfileKitLocale | undefined;
  theme: ThemeProps['theme'];
  onClose: () => void;
}) {
  const pk = usePkClass();
  const id = useId();
  const query = useUser({ uid: listed.uid });
  const update = useUpdateUser();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const user = query.data ?? listed;
  return (
    <aside className={pk('pk-directory-panel')} aria-labelledby={`${id}-title`}>
      <div className={pk('pk-directory-panel-head')}>
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
          {t.directoryEditUser(user.name)}
        </h2>
        <button type="button" className={pk('pk-button pk-button-secondary')} onClick={onClose}>
          {t.directoryClosePanel}
        </button>
      </div>
      {user.deactivatedAt !== undefined ? (
        <p>{t.directoryUserDeactivated}</p>
      ) : (
        <UserForm
          key={user.uid}
          mode="update"
          user={user}
          roles={roles}
          theme={theme}
          locale={locale}
          aria-label={t.directoryEditUser(user.name)}
          showReset
          onSubmit={(change) => update.mutateAsync(change)}
        />
      )}
      <UserDangerZone
        user={user}
        theme={theme}
        locale={locale}
        onDeleted={(_uid, permanent) => {
          if (permanent) onClose();
        }}
      />
    </aside>
  );
}
