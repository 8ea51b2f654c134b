import type { User } from '@profilekit/core';
import { AvatarPreview, StatusBadge, useUsers } from '@profilekit/react';
import { useState } from 'react';
import { useDemoMessages } from '../i18n/useDemoMessages';
import { useDebounced } from './useDebounced';

const PER_PAGE = 8;

/** A searchable, paged list of users, deactivated ones marked (`useUsers`); choosing one opens it in the editor. */
export function UsersList({ selected, onSelect }: { selected: string | undefined; onSelect: (user: User) => void }) {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const t = useDemoMessages();
  const searchKeyword = useDebounced(search.trim());
  // Deactivated users too: an admin listing, which your backend answers (admins only).
  const users = useUsers({ searchKeyword: searchKeyword || undefined, page, limit: PER_PAGE, withDeactivated: true });
  const data = users.data;
  const totalPages = Math.max(1, data?.totalPages ?? 1);
  return (
    <section className="demo-card demo-users" aria-label="All users">
      <div className="demo-search">
        <label htmlFor="user-search" className="demo-visually-hidden">
          Search users
        </label>
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" className="demo-search-icon">
          <circle cx="11" cy="11" r="7" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="m20 20-3.5-3.5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          id="user-search"
          type="search"
          className="pk-input"
          placeholder={t.searchUsers}
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            setPage(1);
          }}
        />
      </div>
      {users.isError ? (
        <p role="alert" className="pk-alert">
          Could not load users: {users.error.message}
        </p>
      ) : data && data.users.length === 0 ? (
        <p className="demo-muted demo-empty-list">{searchKeyword ? t.noMatch(searchKeyword) : t.noUsers}</p>
      ) : (
        <ul className="demo-user-list" aria-busy={users.isFetching || undefined}>
          {(data?.users ?? []).map((user) => (
            <li key={user.uid}>
              <button
                type="button"
                className="demo-user-row"
                aria-pressed={selected === user.uid}
                aria-label={`Edit ${user.name} (${user.uid})${user.deactivatedAt ? ', deactivated' : ''}`}
                data-deactivated={user.deactivatedAt ? '' : undefined}
                onClick={() => onSelect(user)}
              >
                <AvatarPreview src={user.avatar} name={user.name} alt="" />
                <span className="demo-user-text">
                  <span className="demo-user-row-name">{user.name}</span>
                  <span className="demo-user-row-uid">{user.uid}</span>
                </span>
                <span className="demo-role">{user.role ?? 'default'}</span>
                {user.deactivatedAt ? (
                  <span className="demo-badge demo-badge-deactivated">{t.deactivated}</span>
                ) : (
                  <StatusBadge uid={user.uid} status={user.status} />
                )}
              </button>
            </li>
          ))}
        </ul>
      )}
      <nav className="demo-pager" aria-label="Pages">
        <button
          type="button"
          className="demo-button"
          onClick={() => setPage((current) => current - 1)}
          disabled={page <= 1}
        >
          Previous
        </button>
        <span className="demo-muted" aria-live="polite">
          Page {Math.min(page, totalPages)} of {totalPages}
          {data ? ` · ${data.total} ${data.total === 1 ? 'user' : 'users'}` : ''}
        </span>
        <button
          type="button"
          className="demo-button"
          onClick={() => setPage((current) => current + 1)}
          disabled={page >= totalPages}
        >
          Next
        </button>
      </nav>
    </section>
  );
}
