import type { ListUsersQuery, User } from '@profilekit/core';
import { useCurrentUser } from '@profilekit/react';
import { lazy, Suspense, useState } from 'react';
import { CreateUserPanel } from '../admin/CreateUserPanel';
import { EditUserPanel } from '../admin/EditUserPanel';
import { UsersList } from '../admin/UsersList';
import { useDemoMessages } from '../i18n/useDemoMessages';
import type { Theme } from '../theme';
import { useIsAdmin } from '../useIsAdmin';
import { NeedsLogin } from './NeedsLogin';
import { PageHeader } from './PageHeader';

// CSV export and import (papaparse) load with the admin's first visit, never with the other pages.
const CsvTools = lazy(() => import('../admin/CsvTools'));

type Panel =
  | { kind: 'edit'; uid: string; listed?: User }
  | { kind: 'create' }
  | { kind: 'deleted'; uid: string }
  | { kind: 'none' };

/**
 * Users with search and paging, deactivated ones too; edit any of them (`UserForm` in update mode),
 * deactivate, reactivate or delete them (`UserDangerZone`), or create one; export the listed users as CSV
 * (`UserCsvExport`) or import a CSV file (`UserCsvImport`). Admins only: the link is
 * shown to them alone, and the backend refuses everyone else.
 */
export function AdminPage({ theme }: { theme: Theme }) {
  const { data: me, isPending } = useCurrentUser();
  const isAdmin = useIsAdmin();
  const t = useDemoMessages();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [query, setQuery] = useState<ListUsersQuery>({ withDeactivated: true });
  if (isPending)
    return (
      <p className="demo-page demo-muted" role="status">
        {t.loading}
      </p>
    );
  if (!me) return <NeedsLogin title={t.logInToManageUsers} />;
  if (!isAdmin)
    return (
      <section className="demo-page demo-card" aria-labelledby="admin-title">
        <PageHeader id="admin-title" title={t.users} lead={t.adminOnly} />
      </section>
    );
  const onDeleted = (uid: string, permanent: boolean) => {
    if (permanent) setPanel({ kind: 'deleted', uid });
  };
  return (
    <div className="demo-page demo-page-wide">
      <div className="demo-admin-head">
        <PageHeader id="admin-title" title={t.users} lead={t.adminLead} />
        <button type="button" className="demo-button demo-button-primary" onClick={() => setPanel({ kind: 'create' })}>
          {t.newUser}
        </button>
      </div>
      <div className="demo-admin">
        <UsersList
          selected={panel.kind === 'edit' ? panel.uid : undefined}
          onSelect={(user) => setPanel({ kind: 'edit', uid: user.uid, listed: user })}
          onQuery={setQuery}
        />
        <div className="demo-admin-panel">
          {panel.kind === 'edit' ? (
            <EditUserPanel
              key={panel.uid}
              uid={panel.uid}
              listed={panel.listed}
              theme={theme}
              onClose={() => setPanel({ kind: 'none' })}
              onDeleted={onDeleted}
            />
          ) : panel.kind === 'create' ? (
            <CreateUserPanel
              theme={theme}
              onCreated={(uid) => setPanel({ kind: 'edit', uid })}
              onClose={() => setPanel({ kind: 'none' })}
            />
          ) : panel.kind === 'deleted' ? (
            <section className="demo-card demo-empty demo-placeholder" aria-label="User deleted">
              <p role="status">
                <code>{panel.uid}</code> was deleted permanently. Its account is closed: the UID stays reserved.
              </p>
            </section>
          ) : (
            <section className="demo-card demo-empty demo-placeholder" aria-label="No user selected">
              <p>{t.selectUser}</p>
            </section>
          )}
        </div>
      </div>
      <Suspense fallback={null}>
        <CsvTools query={query} theme={theme} />
      </Suspense>
    </div>
  );
}
