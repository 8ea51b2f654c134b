import { UserForm, useCreateUser } from '@profilekit/react';
import { demoRoles } from '../config';
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
  return (
    <section className="demo-card" aria-labelledby="create-user-title">
      <div className="demo-panel-head">
        <div className="demo-panel-title">
          <h2 id="create-user-title">Create a user</h2>
          <p className="demo-muted">Sent to your backend, which checks that you are an admin.</p>
        </div>
        <button type="button" className="demo-icon-button" onClick={onClose} aria-label="Close">
          ×
        </button>
      </div>
      <UserForm
        mode="create"
        theme={theme}
        roles={demoRoles}
        className="demo-form"
        aria-label="Create a user"
        onSubmit={async (input) => {
          const user = await create.mutateAsync(input);
          onCreated(user.uid);
          return user;
        }}
      />
    </section>
  );
}
