'use client';

import { DirectorySearch } from './DirectorySearch';
import { type DirectoryBarProps, useDirectoryBar } from './directoryBar';
import type { DeactivatedFilter } from './directoryState';

const pageSizes = [10, 25, 50, 100, 250, 1000];

/** Search, role, status, tags, deactivated users and page size: each change goes to the server query. */
export function DirectoryFilters({ directory, roles, messages: t }: DirectoryBarProps) {
  const { pk, id } = useDirectoryBar();
  const { state, change } = directory;
  const sizes = pageSizes.includes(state.pageSize) ? pageSizes : [...pageSizes, state.pageSize].sort((a, b) => a - b);
  return (
    <fieldset className={pk('pk-directory-filters')}>
      <legend className={pk('pk-visually-hidden')}>{t.directoryFilters}</legend>
      <DirectorySearch
        value={state.search}
        onSearch={(search) => change({ search })}
        label={t.directorySearch}
        hint={t.directorySearchHint}
      />
      <div className={pk('pk-directory-filter')}>
        <label htmlFor={`${id}-role`} className={pk('pk-label')}>
          {t.directoryRole}
        </label>
        <select
          id={`${id}-role`}
          className={pk('pk-input')}
          value={state.roles[0] ?? ''}
          onChange={(event) => change({ roles: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">{t.directoryAllRoles}</option>
          {[...new Set([...roles, ...state.roles])].map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <div className={pk('pk-directory-filter')}>
        <label htmlFor={`${id}-status`} className={pk('pk-label')}>
          {t.directoryStatus}
        </label>
        <select
          id={`${id}-status`}
          className={pk('pk-input')}
          value={state.status ?? ''}
          onChange={(event) =>
            change({ status: (event.target.value || undefined) as 'online' | 'offline' | undefined })
          }
        >
          <option value="">{t.directoryAnyStatus}</option>
          <option value="online">{t.online}</option>
          <option value="offline">{t.offline}</option>
        </select>
      </div>
      <div className={pk('pk-directory-filter')}>
        <label htmlFor={`${id}-tags`} className={pk('pk-label')}>
          {t.directoryTags}
        </label>
        <input
          key={state.tags.join(',')}
          id={`${id}-tags`}
          className={pk('pk-input')}
          defaultValue={state.tags.join(', ')}
          placeholder={t.directoryTagsHint}
          onBlur={(event) => {
            const tags = event.target.value
              .split(',')
              .map((tag) => tag.trim())
              .filter(Boolean);
            if (tags.join(',') !== state.tags.join(',')) change({ tags });
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') event.currentTarget.blur();
          }}
        />
      </div>
      <div className={pk('pk-directory-filter')}>
        <label htmlFor={`${id}-deactivated`} className={pk('pk-label')}>
          {t.directoryDeactivated}
        </label>
        <select
          id={`${id}-deactivated`}
          className={pk('pk-input')}
          value={state.deactivated}
          onChange={(event) => change({ deactivated: event.target.value as DeactivatedFilter })}
        >
          <option value="hide">{t.directoryHideDeactivated}</option>
          <option value="include">{t.directoryIncludeDeactivated}</option>
          <option value="only">{t.directoryOnlyDeactivated}</option>
        </select>
      </div>
      <div className={pk('pk-directory-filter')}>
        <label htmlFor={`${id}-size`} className={pk('pk-label')}>
          {t.directoryPageSize}
        </label>
        <select
          id={`${id}-size`}
          className={pk('pk-input')}
          value={state.pageSize}
          onChange={(event) => change({ pageSize: Number(event.target.value) })}
        >
          {sizes.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
