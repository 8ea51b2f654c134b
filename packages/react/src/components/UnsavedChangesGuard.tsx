import { useEffect } from 'react';
import { useUserFormState } from '../form/useUserFormState';

/**
 * While the enclosing form has unsaved changes, asks the browser to confirm before the page is left
 * (`beforeunload`). Renders nothing; subscribes to `isDirty` only.
 *
 * @example
 * ```tsx
 * <UserForm mode="updateCurrent" user={user} onSubmit={save}><UnsavedChangesGuard /></UserForm>
 * ```
 */
export function UnsavedChangesGuard() {
  const isDirty = useUserFormState('isDirty') === true;
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);
  return null;
}
