'use client';

import type { User } from '@profilekit/core';
import { flexRender } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type KeyboardEvent, useMemo, useRef } from 'react';
import { usePkClass } from '../theme/usePkClass';
import { DirectoryCell } from './DirectoryCell';
import type { DirectoryColumnId } from './directoryColumns';
import type { DirectoryWords } from './useDirectoryMessages';
import type { UserDirectoryApi } from './useUserDirectory';

/** Pages longer than this scroll inside the table and draw only the rows in view. */
const VIRTUAL_FROM = 100;
const ROW_HEIGHT = 48;

/** The row a key moves to: arrows one up or down, Home and End to the first and last; `undefined` for other keys. */
function nextRow(key: string, index: number, rows: number): number | undefined {
  if (key === 'ArrowDown') return Math.min(rows - 1, index + 1);
  if (key === 'ArrowUp') return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return rows - 1;
  return undefined;
}

/** Arrow keys, Home and End move between rows, to the same kind of control (the open button or the checkbox). */
function moveFocus(event: KeyboardEvent<HTMLTableSectionElement>, rows: number, scrollTo: (index: number) => void) {
  const target = event.target as HTMLElement;
  const row = target.closest<HTMLElement>('tr[data-index]');
  if (!row || target.tagName === 'SELECT') return;
  const next = nextRow(event.key, Number(row.dataset.index), rows);
  if (next === undefined) return;
  const kind = target.matches('[data-nav]') ? '[data-nav]' : 'input[type="checkbox"]';
  event.preventDefault();
  scrollTo(next);
  const body = event.currentTarget;
  requestAnimationFrame(() => body.querySelector<HTMLElement>(`tr[data-index="${next}"] ${kind}`)?.focus());
}

/** The users of the page as a real `<table>`: sortable headers, a checkbox per row, long pages virtualized. */
export function DirectoryTable({
  directory,
  messages: t,
  dates,
  caption,
  onOpen,
}: {
  directory: UserDirectoryApi;
  messages: DirectoryWords;
  dates: Intl.DateTimeFormat;
  caption: string;
  onOpen: (user: User) => void;
}) {
  const pk = usePkClass();
  const scroller = useRef<HTMLDivElement>(null);
  const { table, pageUsers, isSelected, toggle, pageState, togglePage } = directory;
  const virtual = pageUsers.length > VIRTUAL_FROM;
  const virtualizer = useVirtualizer({
    count: virtual ? pageUsers.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
  });
  const rows = table.getRowModel().rows;
  const items = virtual ? virtualizer.getVirtualItems() : undefined;
  const shown = items
    ? items.map((item) => ({ row: rows[item.index], index: item.index }))
    : rows.map((row, index) => ({ row, index }));
  const before = items?.[0]?.start ?? 0;
  const after = items && items.length > 0 ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const labels = useMemo(
    (): Record<DirectoryColumnId, string> => ({
      user: t.directoryUser,
      uid: t.labels.uid,
      role: t.labels.role,
      status: t.labels.status,
      tags: t.labels.tags,
      lastActiveAt: t.labels.lastActiveAt,
      createdAt: t.directoryCreated,
    }),
    [t],
  );
  return (
    <div
      ref={scroller}
      className={pk('pk-directory-scroller')}
      data-virtual={virtual ? '' : undefined}
      aria-busy={directory.users.isFetching || undefined}
    >
      <table className={pk('pk-directory-table')} aria-rowcount={virtual ? pageUsers.length + 1 : undefined}>
        <caption className={pk('pk-visually-hidden')}>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={virtual ? 1 : undefined}>
              <th scope="col" className={pk('pk-directory-check')}>
                <input
                  type="checkbox"
                  aria-label={t.directorySelectPage}
                  checked={pageState === 'all' && pageUsers.length > 0}
                  ref={(input) => {
                    if (input) input.indeterminate = pageState === 'some';
                  }}
                  disabled={pageUsers.length === 0}
                  onChange={togglePage}
                />
              </th>
              {group.headers.map((header) => {
                const id = header.column.id as DirectoryColumnId;
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className={pk('pk-directory-sort')}
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        {flexRender(labels[id], header.getContext())}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                      </button>
                    ) : (
                      labels[id]
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody
          onKeyDown={(event) =>
            moveFocus(event, pageUsers.length, (index) => virtual && virtualizer.scrollToIndex(index))
          }
        >
          {before > 0 && <tr data-spacer="" style={{ height: before }} />}
          {shown.map(({ row, index }) => {
            if (!row) return null;
            const user = row.original;
            const selected = isSelected(user.uid);
            return (
              <tr
                key={row.id}
                data-index={index}
                aria-rowindex={virtual ? index + 2 : undefined}
                data-selected={selected ? '' : undefined}
                data-deactivated={user.deactivatedAt !== undefined ? '' : undefined}
                ref={virtual ? virtualizer.measureElement : undefined}
              >
                <td className={pk('pk-directory-check')}>
                  <input
                    type="checkbox"
                    aria-label={t.directorySelectUser(user.name)}
                    checked={selected}
                    onChange={() => undefined}
                    onClick={(event) => toggle(user, { range: event.shiftKey })}
                  />
                </td>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} data-column={cell.column.id}>
                    <DirectoryCell
                      column={cell.column.id as DirectoryColumnId}
                      user={user}
                      messages={t}
                      dates={dates}
                      onOpen={onOpen}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 && <tr data-spacer="" style={{ height: after }} />}
        </tbody>
      </table>
    </div>
  );
}
