'use client';

import type { User } from '@profilekit/core';
import { AvatarPreview } from '../fields/AvatarPreview';
import { StatusBadge } from '../fields/ReadOnlyFacts';
import { usePkClass } from '../theme/usePkClass';
import type { DirectoryColumnId } from './directoryColumns';
import type { DirectoryWords } from './useDirectoryMessages';

const dateOf = (seconds: number | undefined, format: Intl.DateTimeFormat) =>
  seconds === undefined ? '' : format.format(new Date(seconds * 1000));

/** One cell of a user's row, drawn by column id. The user cell opens the user (a button, a keyboard stop). */
export function DirectoryCell({
  column,
  user,
  messages: t,
  dates,
  onOpen,
}: {
  column: DirectoryColumnId;
  user: User;
  messages: DirectoryWords;
  dates: Intl.DateTimeFormat;
  onOpen: (user: User) => void;
}) {
  const pk = usePkClass();
  switch (column) {
    case 'user':
      // The avatar sits beside the button: its initials would not match the button's name (axe, WCAG 2.5.3).
      return (
        <span className={pk('pk-directory-who')}>
          <AvatarPreview src={user.avatar} name={user.name} alt="" />
          <button
            type="button"
            className={pk('pk-directory-open')}
            data-nav=""
            aria-label={t.directoryOpenUser(user.name, user.uid)}
            onClick={() => onOpen(user)}
          >
            {user.name}
          </button>
        </span>
      );
    case 'uid':
      return <code>{user.uid}</code>;
    case 'role':
      return <>{user.role ?? 'default'}</>;
    case 'status':
      return user.deactivatedAt !== undefined ? (
        <span className={pk('pk-badge')} data-status="deactivated">
          {t.directoryDeactivatedBadge}
        </span>
      ) : (
        <StatusBadge status={user.status} messages={t} />
      );
    case 'tags':
      return (
        <span className={pk('pk-directory-tags')}>
          {(user.tags ?? []).map((tag) => (
            <span key={tag} className={pk('pk-tag')}>
              {tag}
            </span>
          ))}
        </span>
      );
    case 'lastActiveAt':
      return <>{dateOf(user.lastActiveAt, dates)}</>;
    case 'createdAt':
      return <>{dateOf(user.createdAt, dates)}</>;
  }
}
