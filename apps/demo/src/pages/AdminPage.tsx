import { useCurrentUser } from '@profilekit/react';
import { UserDirectory } from '@profilekit/react/directory';
import { lazy, Suspense, useState } from 'react';
import { CreateUserPanel } from '../admin/CreateUserPanel';
import { demoRoles } from '../config';
import { useDemoMessages } from '../i18n/useDemoMessages';
import type { Theme } from '../theme';
import { useIsAdmin } from '../useIsAdmin';
import { NeedsLogin } from './NeedsLogin';
import { PageHeader } from './PageHeader';

// CSV export and import (papaparse) load with the admin's first visit, never with the other pages.
const CsvTools = lazy(() => import('../admin/CsvTools'));

/**
 * The user directory (`UserDirectory`): search, filters and pages in the URL, deactivated users included,
 * bulk actions over a selection, and a side panel that edits one user (`UserForm`, `UserDangerZone`); or
 * create a user. Its toolbar exports what it lists as CSV (`UserCsvExport`) and imports a CSV file (`UserCsvImport`). Admins only: the link is shown to them alone, and the backend refuses everyone else.
 */
export function AdminPage({ theme }: { theme: Theme }) {
  const { data: me, isPending } = useCurrentUser();
  const isAdmin = useIsAdmin();
  const t = useDemoMessages();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string>();
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
  return (
    <div className="demo-page demo-page-wide">
      <div className="demo-admin-head">
        <PageHeader id="admin-title" title={t.users} lead={t.adminLead} />
        <button type="button" className="demo-button demo-button-primary" onClick={() => setCreating(true)}>
          {t.newUser}
        </button>
      </div>
      {creating && (
        <CreateUserPanel
          theme={theme}
          onCreated={(uid) => {
            setCreating(false);
            setCreated(uid);
          }}
          onClose={() => setCreating(false)}
        />
      )}
      {created && (
        <p role="status" className="demo-muted">
          <code>{created}</code> ✓
        </p>
      )}
      <UserDirectory
        className="demo-card"
        theme={theme}
        roles={demoRoles}
        defaults={{ pageSize: 8, deactivated: 'include' }}
        toolbar={(directory) => (
          <Suspense fallback={null}>
            <CsvTools query={directory.query} theme={theme} />
          </Suspense>
        )}
      />
    </div>
  );
}
