'use client';

import { useState } from 'react';
import { BulkDeleteDialog } from './BulkDeleteDialog';
import type { BulkAction } from './bulkActions';
import { type DirectoryBarProps, useDirectoryBar } from './directoryBar';

/**
 * How many users are selected (announced as it changes), select-all-matching, and the bulk actions:
 * deactivate, reactivate, delete (after a confirmation naming the count), change role, add or remove a tag.
 */
export function SelectionBar({ directory, roles, messages: t }: DirectoryBarProps) {
  const { pk, id } = useDirectoryBar();
  const [role, setRole] = useState(roles[0] ?? 'default');
  const [tag, setTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  const { selectedCount: count, total, selection, pageState, bulk } = directory;
  const busy = bulk?.running === true;
  const run = (action: BulkAction) => {
    void directory.runBulk(action).catch(() => undefined);
  };
  const canSelectAll = pageState === 'all' && !selection.allMatching && total > count;
  return (
    <div className={pk('pk-directory-selection')}>
      <p role="status" className={pk('pk-directory-count')}>
        {count > 0 ? t.directorySelected(count) : ''}
      </p>
      {count > 0 && (
        <fieldset className={pk('pk-directory-bulk')} disabled={busy}>
          <legend className={pk('pk-visually-hidden')}>{t.directoryBulkActions}</legend>
          {canSelectAll && (
            <button type="button" className={pk('pk-button pk-button-secondary')} onClick={directory.selectAllMatching}>
              {t.directorySelectAllMatching(total)}
            </button>
          )}
          <button type="button" className={pk('pk-button pk-button-secondary')} onClick={directory.clear}>
            {t.directoryClearSelection}
          </button>
          <button type="button" className={pk('pk-button')} onClick={() => run({ kind: 'deactivate' })}>
            {t.deactivateUser}
          </button>
          <button type="button" className={pk('pk-button')} onClick={() => run({ kind: 'reactivate' })}>
            {t.reactivateUser}
          </button>
          <button type="button" className={pk('pk-button pk-button-danger')} onClick={() => setConfirming(true)}>
            {t.deleteUser}
          </button>
          <span className={pk('pk-directory-bulk-group')}>
            <label htmlFor={`${id}-role`} className={pk('pk-visually-hidden')}>
              {t.directoryChangeRole}
            </label>
            <select id={`${id}-role`} className={pk('pk-input')} value={role} onChange={(e) => setRole(e.target.value)}>
              {roles.map((each) => (
                <option key={each} value={each}>
                  {each}
                </option>
              ))}
            </select>
            <button type="button" className={pk('pk-button')} onClick={() => run({ kind: 'setRole', role })}>
              {t.directoryApplyRole}
            </button>
          </span>
          <span className={pk('pk-directory-bulk-group')}>
            <label htmlFor={`${id}-tag`} className={pk('pk-visually-hidden')}>
              {t.directoryTag}
            </label>
            <input
              id={`${id}-tag`}
              className={pk('pk-input')}
              value={tag}
              placeholder={t.directoryTag}
              onChange={(event) => setTag(event.target.value)}
            />
            <button
              type="button"
              className={pk('pk-button')}
              disabled={!tag.trim()}
              onClick={() => run({ kind: 'addTag', tag: tag.trim() })}
            >
              {t.directoryAddTag}
            </button>
            <button
              type="button"
              className={pk('pk-button')}
              disabled={!tag.trim()}
              onClick={() => run({ kind: 'removeTag', tag: tag.trim() })}
            >
              {t.directoryRemoveTag}
            </button>
          </span>
        </fieldset>
      )}
      {confirming && (
        <BulkDeleteDialog
          count={count}
          messages={t}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            run({ kind: 'delete' });
          }}
        />
      )}
    </div>
  );
}
