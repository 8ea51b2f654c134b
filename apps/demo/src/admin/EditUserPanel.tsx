import { AvatarPreview, UserForm, useUpdateUser, useUser } from '@userkit/react';
import { demoRoles } from '../config';
import type { Theme } from '../theme';

/** Any user, edited with `UserForm` in update mode: only changed fields are sent, the UID never. */
export function EditUserPanel({ uid, theme, onClose }: { uid: string; theme: Theme; onClose: () => void }) {
  const user = useUser(uid);
  const update = useUpdateUser();
  return (
    <section className="demo-card" aria-labelledby="edit-user-title">
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
        <p role="alert" className="uk-alert">
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
