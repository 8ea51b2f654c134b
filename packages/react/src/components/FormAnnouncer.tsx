import { useFormState } from 'react-hook-form';
import { useUserFormContext } from '../form/UserFormContext';
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
  const { form, outcome, messages } = useUserFormContext();
  const { errors } = useFormState({ control: form.control });
  const pk = usePkClass();
  const error =
    errors.root?.server?.message ?? errors.root?.message ?? (outcome.kind === 'failed' ? outcome.message : undefined);
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
