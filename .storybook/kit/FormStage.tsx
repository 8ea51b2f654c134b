import type { User } from '@profilekit/core';
import { FormActions, type UserFormMode, UserFormProvider, useUserForm } from '@profilekit/react';
import type { ReactNode } from 'react';

/** Field parts inside a headless form, as an app composing its own layout would use them. */
export function FormStage({
  mode = 'update',
  user,
  onSubmit,
  children,
}: {
  mode?: UserFormMode;
  user?: User;
  onSubmit: (payload: unknown) => void;
  children: ReactNode;
}) {
  const api = useUserForm({ mode, user, onSubmit });
  return (
    <UserFormProvider value={api}>
      <form className="pk-root pk-form" onSubmit={api.submit} noValidate aria-label="Field demo">
        {children}
        <FormActions />
      </form>
    </UserFormProvider>
  );
}
