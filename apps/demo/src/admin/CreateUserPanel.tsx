import { UserForm, useCreateUser } from '@profilekit/react';
import { demoRoles } from '../config';
import { useDemoMessages } from '../i18n/useDemoMessages';
import type { Theme } from '../theme';

/** Create a CometChat user, role included: your backend does it with the REST API key, for admins only. */
export function CreateUserPanel({
  theme,
  onCreated,
  onClose,
}: {
  theme: Theme;
  onCreated: (uid: string) => void;
  onClose: () => void;
}) {
  const create = useCreateUser();
  const t = useDemoMessages();
  return (
    <section className="demo-card" aria-labelledby="create-user-title">
      <div className="demo-panel-head">
        <div className="demo-panel-title">
          <h2 id="create-user-title">{t.createUser}</h2>
          <p className="demo-muted">{t.createUserLead}</p>
        </div>
        <button type="button" className="demo-icon-button" onClick={onClose} aria-label={t.close}>
          ×
        </button>
      </div>
      <UserForm
        mode="create"
        theme={theme}
        roles={demoRoles}
        className="demo-form"
        aria-label={t.createUser}
        onSubmit={async (input) => {
          const user = await create.mutateAsync(input);
          onCreated(user.uid);
          return user;
        }}
      />
    </section>
  );
}
