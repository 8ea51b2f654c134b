import { useCurrentUser } from '@profilekit/react';
import { useState } from 'react';
import type { BrowserConfig } from '../../server/env';
import { CreateUserPanel } from '../admin/CreateUserPanel';
import { EditUserPanel } from '../admin/EditUserPanel';
import { UsersList } from '../admin/UsersList';
import type { Theme } from '../theme';
import { NeedsLogin } from './NeedsLogin';
import { PageHeader } from './PageHeader';

type Panel = { kind: 'edit'; uid: string } | { kind: 'create' } | { kind: 'none' };

/** Users with search and paging; edit any of them (`UserForm` in update mode) or create one. */
export function AdminPage({ config, theme }: { config: BrowserConfig; theme: Theme }) {
  const { data: me, isPending } = useCurrentUser();
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  if (isPending)
    return (
      <p className="demo-page demo-muted" role="status">
        Loading…
      </p>
    );
  if (!me) return <NeedsLogin what="manage users" />;
  return (
    <div className="demo-page demo-page-wide">
      <div className="demo-admin-head">
        <PageHeader
          id="admin-title"
          title="Users"
          lead="Everyone in this CometChat app except you. Edits use the Auth Key: development only."
        />
        {config.authKey && (
          <button
            type="button"
            className="demo-button demo-button-primary"
            onClick={() => setPanel({ kind: 'create' })}
          >
            New user
          </button>
        )}
      </div>
      <div className="demo-admin">
        <UsersList
          selected={panel.kind === 'edit' ? panel.uid : undefined}
          onSelect={(uid) => setPanel({ kind: 'edit', uid })}
        />
        <div className="demo-admin-panel">
          {panel.kind === 'edit' ? (
            <EditUserPanel key={panel.uid} uid={panel.uid} theme={theme} onClose={() => setPanel({ kind: 'none' })} />
          ) : panel.kind === 'create' ? (
            <CreateUserPanel
              theme={theme}
              onCreated={(uid) => setPanel({ kind: 'edit', uid })}
              onClose={() => setPanel({ kind: 'none' })}
            />
          ) : (
            <section className="demo-card demo-empty demo-placeholder" aria-label="No user selected">
              <p>Select a user to edit their profile, role, tags and metadata.</p>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}
