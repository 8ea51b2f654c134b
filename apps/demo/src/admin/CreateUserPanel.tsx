import { UserForm, useCreateUser } from '@profilekit/react';
import { demoRoles } from '../config';
import { DevOnly } from '../DevOnly';
import type { Theme } from '../theme';

/** The Auth Key path: create a CometChat user straight from the browser. Development only. */
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
    <DevOnly title="Create a user with the Auth Key" onClose={onClose}>
      <p className="demo-muted">
        This calls CometChat's <code>createUser(user, authKey)</code> from the browser. In production your backend
        creates users with the REST API key, as Sign up does.
      </p>
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
    </DevOnly>
  );
}
