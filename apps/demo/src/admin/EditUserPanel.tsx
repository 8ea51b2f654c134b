import type { User } from '@profilekit/core';
import { AvatarPreview, UserDangerZone, UserForm, useUpdateUser, useUser } from '@profilekit/react';
import { useEffect, useRef } from 'react';
import { demoRoles } from '../config';
import { useDemoMessages } from '../i18n/useDemoMessages';
import type { Theme } from '../theme';

/** Props of {@link EditUserPanel}. */
export interface EditUserPanelProps {
  uid: string;
  /** The user as the list showed it: CometChat does not return a deactivated user by uid, the admin list does. */
  listed?: User;
  theme: Theme;
  onClose: () => void;
  onDeleted: (uid: string, permanent: boolean) => void;
}

/**
 * Any user, edited with `UserForm` in update mode (only changed fields are sent, the UID never), through
 * the demo backend's admin routes; below it the danger zone: deactivate, reactivate, delete.
 */
export function EditUserPanel({ uid, listed, theme, onClose, onDeleted }: EditUserPanelProps) {
  const query = useUser({ uid });
  const update = useUpdateUser();
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    // Stacked under the list on narrow screens: bring the editor into view.
    if (window.matchMedia('(max-width: 900px)').matches) panel.current?.scrollIntoView({ block: 'start' });
  }, []);
  // Deactivating makes CometChat answer "not found" by uid; the last answer (or the list's copy) still holds the user.
  const user = query.data ?? listed;
  const t = useDemoMessages();
  const deactivated = user?.deactivatedAt !== undefined;
  return (
    <section className="demo-card" aria-labelledby="edit-user-title" ref={panel}>
      <div className="demo-panel-head">
        {user && <AvatarPreview src={user.avatar} name={user.name} alt="" />}
        <div className="demo-panel-title">
          <h2 id="edit-user-title">{t.editUser(user?.name)}</h2>
          <p className="demo-muted">
            <code>{uid}</code> · saved by your backend (admins only)
          </p>
        </div>
        <button type="button" className="demo-icon-button" onClick={onClose} aria-label="Close editor">
          ×
        </button>
      </div>
      {!user && query.isPending ? (
        <p className="demo-muted" role="status">
          Loading {uid}…
        </p>
      ) : !user ? (
        <p role="alert" className="pk-alert">
          {query.error?.message}
        </p>
      ) : (
        <>
          {deactivated ? (
            <p className="demo-muted">A deactivated user cannot be edited: reactivate them first.</p>
          ) : (
            <UserForm
              mode="update"
              user={user}
              roles={demoRoles}
              theme={theme}
              className="demo-form"
              aria-label={`Edit ${user.name}`}
              showReset
              onSubmit={(change) => update.mutateAsync(change)}
            />
          )}
          {/* One danger zone for both states, so its announcement and focus survive a deactivation. */}
          <UserDangerZone user={user} theme={theme} onDeleted={onDeleted} />
        </>
      )}
    </section>
  );
}
