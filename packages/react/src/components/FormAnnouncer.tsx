import { useFormState } from 'react-hook-form';
import { useUkClass } from '../fields/ukClass';
import { useUserFormContext } from '../form/UserFormContext';

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
  const uk = useUkClass();
  const error =
    errors.root?.server?.message ?? errors.root?.message ?? (outcome.kind === 'failed' ? outcome.message : undefined);
  const status =
    outcome.kind === 'saved' ? (success ?? messages.saved) : outcome.kind === 'unchanged' ? messages.nothingToSave : '';
  return (
    <>
      <div role="alert" className={uk('uk-alert')} data-empty={error ? undefined : ''}>
        {error}
      </div>
      <div role="status" className={uk('uk-status')} data-empty={status ? undefined : ''}>
        {status}
      </div>
    </>
  );
}
