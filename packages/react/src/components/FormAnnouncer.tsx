import type { FormState } from 'react-hook-form';
import type { UserFormValues } from '../form/formValues';
import { useUserFormContext } from '../form/UserFormContext';
import { useUserFormState } from '../form/useUserFormState';
import { usePkClass } from '../theme/usePkClass';

/**
 * Two always-present live regions: form-level errors (`role="alert"`) and success (`role="status"`),
 * so screen readers announce what a submit did.
 *
 * @example
 * ```tsx
 * <FormAnnouncer success={messages.saved} />
 * ```
 */
export function FormAnnouncer({ success }: { success?: string }) {
  const { outcome, messages } = useUserFormContext();
  const rootError = useUserFormState('errors', readRootError);
  const pk = usePkClass();
  const error = rootError ?? (outcome.kind === 'failed' ? outcome.message : undefined);
  const status =
    outcome.kind === 'saved' ? (success ?? messages.saved) : outcome.kind === 'unchanged' ? messages.nothingToSave : '';
  return (
    <>
      <div role="alert" className={pk('pk-alert')} data-empty={error ? undefined : ''}>
        {error}
      </div>
      <div role="status" className={pk('pk-status')} data-empty={status ? undefined : ''}>
        {status}
      </div>
    </>
  );
}

const readRootError = ({ errors }: Partial<FormState<UserFormValues>>) =>
  errors?.root?.server?.message ?? errors?.root?.message;
