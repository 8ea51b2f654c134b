'use client';

import type { User } from '@profilekit/core';
import { type ReactNode, useMemo, useState } from 'react';
import type { RoleOption } from '../fields/RoleField';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import type { UserFormMessagesInput } from '../messages/formMessages';
import { KitRoot, type ThemeProps } from '../theme/KitRoot';
import { usePkClass } from '../theme/usePkClass';
import { BulkProgress } from './BulkProgress';
import { DirectoryFilters } from './DirectoryFilters';
import { DirectoryPagination } from './DirectoryPagination';
import { DirectoryTable } from './DirectoryTable';
import type { DirectoryMessages } from './directoryMessages';
import { SelectionBar } from './SelectionBar';
import { UserSidePanel } from './UserSidePanel';
import { useDirectoryMessages } from './useDirectoryMessages';
import { type UserDirectoryApi, type UseUserDirectoryOptions, useUserDirectory } from './useUserDirectory';

/** Props of {@link UserDirectory}. */
export interface UserDirectoryProps extends UseUserDirectoryOptions, ThemeProps {
  /** The roles of your app: the role filter, the bulk role change and the side panel's Role select. */
  roles?: readonly RoleOption[];
  /** Your controls above the table, given the directory (e.g. a CSV export of `directory.query`). */
  toolbar?: (directory: UserDirectoryApi) => ReactNode;
  messages?: UserFormMessagesInput & Partial<DirectoryMessages>;
  /** Its language; default: the provider's `locale`, else English. */
  locale?: ProfileKitLocale;
}

const roleValue = (role: RoleOption) => (typeof role === 'string' ? role : role.value);

/**
 * The admin's user directory, drop-in: CometChat's server-side search, filters, sort and pages (kept in the
 * URL), a table of users with the columns you choose, selection (checkbox, shift-click, the page, everything
 * matching) and bulk actions with progress and per-user outcomes; a row opens in a side panel with `UserForm`
 * and `UserDangerZone`. Needs an admin client (`createBackendClient` in a browser).
 *
 * @example
 * ```tsx
 * import { UserDirectory } from '@profilekit/react/directory';
 *
 * <UserDirectory
 *   roles={['default', 'moderator', 'admin']}
 *   columns={['user', 'role', 'status', 'lastActiveAt']}
 *   toolbar={(directory) => <UserCsvExport query={directory.query} />}
 * />
 * ```
 */
export function UserDirectory({
  roles,
  toolbar,
  messages: overrides,
  locale: own,
  theme,
  unstyled,
  className,
  ...options
}: UserDirectoryProps) {
  const directory = useUserDirectory(options);
  const { locale, messages: t } = useDirectoryMessages(own, overrides);
  const [open, setOpen] = useState<User>();
  const roleNames = useMemo(() => (roles ?? []).map(roleValue), [roles]);
  const dates = useMemo(() => new Intl.DateTimeFormat(locale?.tag, { dateStyle: 'medium' }), [locale]);
  return (
    <KitRoot
      unstyled={unstyled}
      theme={theme}
      locale={locale}
      className={className ? `pk-directory ${className}` : 'pk-directory'}
    >
      <Body directory={directory} t={t} roles={roleNames} toolbar={toolbar} dates={dates} onOpen={setOpen} />
      {open && (
        <UserSidePanel
          key={open.uid}
          listed={directory.pageUsers.find((user) => user.uid === open.uid) ?? open}
          roles={roles}
          messages={t}
          locale={locale}
          theme={theme}
          onClose={() => setOpen(undefined)}
        />
      )}
    </KitRoot>
  );
}

function Body({
  directory,
  t,
  roles,
  toolbar,
  dates,
  onOpen,
}: {
  directory: UserDirectoryApi;
  t: ReturnType<typeof useDirectoryMessages>['messages'];
  roles: string[];
  toolbar: UserDirectoryProps['toolbar'];
  dates: Intl.DateTimeFormat;
  onOpen: (user: User) => void;
}) {
  const pk = usePkClass();
  const { users, pageUsers, state } = directory;
  return (
    <section className={pk('pk-directory-main')} aria-label={t.directoryTitle}>
      <DirectoryFilters directory={directory} roles={roles} messages={t} />
      {toolbar && <div className={pk('pk-directory-toolbar')}>{toolbar(directory)}</div>}
      <SelectionBar directory={directory} roles={roles.length > 0 ? roles : ['default']} messages={t} />
      {directory.bulk && <BulkProgress run={directory.bulk} messages={t} onDismiss={directory.dismissBulk} />}
      {users.isError ? (
        <p role="alert" className={pk('pk-alert')}>
          {t.directoryLoadFailed(users.error.message)}
        </p>
      ) : users.isPending ? (
        <p role="status">{t.directoryLoading}</p>
      ) : pageUsers.length === 0 ? (
        <p role="status">{state.search.trim() ? t.directoryNoMatch(state.search.trim()) : t.directoryEmpty}</p>
      ) : (
        <DirectoryTable directory={directory} messages={t} dates={dates} caption={t.directoryTitle} onOpen={onOpen} />
      )}
      <DirectoryPagination directory={directory} messages={t} />
    </section>
  );
}
