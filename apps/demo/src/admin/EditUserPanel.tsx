import { AvatarPreview, UserForm, useUpdateUser, useUser } from '@profilekit/react';
import { useEffect, useRef } from 'react';
import { demoRoles } from '../config';
import type { Theme } from '../theme';

/** Any user, edited with `UserForm` in update mode: only changed fields are sent, the UID never. */
export function EditUserPanel({ uid, theme, onClose }: { uid: string; theme: Theme; onClose: () => void }) {
  const user = useUser({ uid });
  const update = useUpdateUser();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // Stacked under the list on narrow screens: bring the editor into view.
    if (window.matchMedia('(max-width: 900px)').matches) panel.current?.scrollIntoView({ block: 'start' });
  }, []);
  return (
    <section className="demo-card" aria-labelledby="edit-user-title" ref={panel}>
      <div className="demo-panel-head">
        {user.data && <AvatarPreview src={user.data.avatar} name={user.data.name} alt="" />}
        <div className="demo-panel-title">
          <h2 id="edit-user-title">{user.data ? `Edit ${user.data.name}` : 'Edit user'}</h2>
          <p className="demo-muted">
            <code>{uid}</code> · saved with the Auth Key{' '}
            <span className="demo-badge demo-badge-dev">Development only</span>
          </p>
        </div>
        <button type="button" className="demo-icon-button" onClick={onClose} aria-label="Close editor">
          ×
        </button>
      </div>
      {user.isPending ? (
        <p className="demo-muted" role="status">
          Loading {uid}…
        </p>
      ) : user.isError ? (
        <p role="alert" className="pk-alert">
          {user.error.message}
        </p>
      ) : (
        <UserForm
          mode="update"
          user={user.data}
          roles={demoRoles}
          theme={theme}
          className="demo-form"
          aria-label={`Edit ${user.data.name}`}
          showReset
          onSubmit={(change) => update.mutateAsync(change)}
        />
      )}
    </section>
  );
}
