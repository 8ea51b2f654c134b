'use client';

import type { User } from '@profilekit/core';
import { AvatarPreview } from '../fields/AvatarPreview';
import { StatusBadge } from '../fields/ReadOnlyFacts';
import type { usePkClass } from '../theme/usePkClass';
import type { DirectoryColumnId } from './directoryColumns';
import type { DirectoryWords } from './useDirectoryMessages';

const dateOf = (seconds: number | undefined, format: Intl.DateTimeFormat) =>
  seconds === undefined ? '' : format.format(new Date(seconds * 1000));

/** What every cell of the table shares. */
export interface CellContext {
  pk: ReturnType<typeof usePkClass>;
  messages: DirectoryWords;
  dates: Intl.DateTimeFormat;
  onOpen: (user: User) => void;
}

/**
 * One cell's content, drawn by column id: a function, not a component, so 100 rows × 7 columns add no fibers of
 * their own. The user cell opens the user (a button, a keyboard stop).
 */
export function directoryCell(column: DirectoryColumnId, user: User, { pk, messages: t, dates, onOpen }: CellContext) {
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
        <StatusBadge uid={user.uid} status={user.status} messages={t} />
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
