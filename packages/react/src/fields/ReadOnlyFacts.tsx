import { fieldState, type User, type UserField, type UserOperation, userFieldNames } from '@profilekit/core';
import type { ReactNode, SyntheticEvent } from 'react';
import { englishFormMessages } from '../messages/englishFormMessages';
import type { UserFormMessages } from '../messages/formMessages';
import { usePresence } from '../sync/usePresence';
import { usePkClass } from '../theme/usePkClass';
import { useNow } from './useNow';

/** Props of {@link StatusBadge}. */
export interface StatusBadgeProps {
  /** The status to show; with `uid`, what shows until a presence event says otherwise. */
  status?: User['status'];
  /** Whose presence to follow live (`usePresence`, inside a `ProfileKitProvider`). */
  uid?: string;
  messages?: UserFormMessages;
}

/**
 * A user's online status as a badge; given a `uid`, it follows the user's presence live.
 *
 * @example
 * ```tsx
 * <StatusBadge uid={user.uid} status={user.status} />
 * ```
 */
export function StatusBadge({ uid, ...props }: StatusBadgeProps) {
  return uid === undefined ? <Badge {...props} /> : <LiveStatusBadge uid={uid} {...props} />;
}

function LiveStatusBadge({ uid, status, messages }: StatusBadgeProps & { uid: string }) {
  const live = usePresence(uid);
  return <Badge status={live.status ?? status} messages={messages} />;
}

function Badge({ status, messages = englishFormMessages }: Omit<StatusBadgeProps, 'uid'>) {
  const pk = usePkClass();
  const online = status === 'online';
  return (
    <span className={pk('pk-badge')} data-status={status ?? 'offline'}>
      <span className={pk('pk-badge-dot')} aria-hidden="true" />
      {online ? messages.online : messages.offline}
    </span>
  );
}

/**
 * When a user was last active, as relative time ("5 minutes ago") with the exact time in `dateTime` and a tooltip.
 *
 * @example
 * ```tsx
 * <LastActive at={user.lastActiveAt} />
 * ```
 */
export function LastActive({
  at,
  messages = englishFormMessages,
}: {
  at: number | undefined;
  messages?: UserFormMessages;
}) {
  if (at === undefined || at <= 0) return <span>{messages.never}</span>;
  const date = new Date(at * 1000);
  // The full date is formatted only when the tooltip may show.
  const showExactTime = (event: SyntheticEvent<HTMLElement>) => {
    event.currentTarget.title ||= messages.exactTime(date);
  };
  return (
    <time dateTime={date.toISOString()} onPointerEnter={showExactTime} onFocus={showExactTime} suppressHydrationWarning>
      <RelativeTime date={date} messages={messages} />
    </time>
  );
}

/** The only part the clock re-renders: "5 minutes ago". */
function RelativeTime({ date, messages }: { date: Date; messages: UserFormMessages }) {
  const now = useNow();
  return messages.relativeTime(date, now);
}

function factValue(field: UserField, user: Partial<User>, messages: UserFormMessages): ReactNode {
  switch (field) {
    case 'uid':
      return <code>{user.uid}</code>;
    case 'status':
      return <StatusBadge status={user.status} messages={messages} />;
    case 'lastActiveAt':
      return <LastActive at={user.lastActiveAt} messages={messages} />;
    case 'blockedByMe':
      return user.blockedByMe ? messages.blockedByMe : messages.notBlocked;
    case 'hasBlockedMe':
      return user.hasBlockedMe ? messages.hasBlockedMe : messages.notBlocked;
    default: {
      const value = user[field as keyof User];
      return typeof value === 'object' ? JSON.stringify(value) : String(value ?? '');
    }
  }
}

/**
 * What only CometChat maintains — Status, Last active and, about another user, the blocked flags —
 * shown as a definition list. Fields are chosen from the policy table for the operation; they are
 * never part of any form value or request.
 *
 * @example
 * ```tsx
 * <ReadOnlyFacts user={user} operation="updateCurrent" />
 * ```
 */
export function ReadOnlyFacts({
  user,
  operation,
  fields,
  messages = englishFormMessages,
  className,
}: {
  user: Partial<User>;
  operation: UserOperation;
  /** Which facts to show; defaults to the read-only fields the table shows for `operation` that the user has. */
  fields?: UserField[];
  messages?: UserFormMessages;
  className?: string;
}) {
  const pk = usePkClass();
  const shown =
    fields ??
    userFieldNames.filter(
      (field) =>
        fieldState(field, 'create') === 'hidden' &&
        fieldState(field, operation) === 'readOnly' &&
        (field === 'lastActiveAt' || field === 'status' || user[field as keyof User] !== undefined),
    );
  return (
    <dl className={pk('pk-facts', className)}>
      {shown.map((field) => (
        <div key={field} className={pk('pk-fact')} data-field={field}>
          <dt>{messages.labels[field]}</dt>
          <dd>{factValue(field, user, messages)}</dd>
        </div>
      ))}
    </dl>
  );
}
