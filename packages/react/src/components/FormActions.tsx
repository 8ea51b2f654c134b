import { useUserFormContext } from '../form/UserFormContext';
import { useUserFormState } from '../form/useUserFormState';
import { usePkClass } from '../theme/usePkClass';

/**
 * Submit (labelled for the mode, "Saving…" while busy) and an optional Reset that appears once something changed.
 * Subscribes to `isSubmitting` and `isDirty` only, so typing does not re-render the form.
 *
 * @example
 * ```tsx
 * <FormActions showReset />
 * ```
 */
export function FormActions({ showReset = false, submitLabel }: { showReset?: boolean; submitLabel?: string }) {
  const { mode, messages, reset } = useUserFormContext();
  const isSubmitting = useUserFormState('isSubmitting') === true;
  const isDirty = useUserFormState('isDirty') === true;
  const pk = usePkClass();
  const label =
    submitLabel ??
    (mode === 'create'
      ? messages.submitCreate
      : mode === 'update'
        ? messages.submitUpdate
        : messages.submitUpdateCurrent);
  return (
    <div className={pk('pk-actions')}>
      {showReset && (
        <button
          type="button"
          className={pk('pk-button pk-button-secondary')}
          onClick={reset}
          disabled={!isDirty || isSubmitting}
        >
          {messages.reset}
        </button>
      )}
      <button
        type="submit"
        className={pk('pk-button pk-button-primary')}
        aria-disabled={isSubmitting || undefined}
        onClick={(event) => {
          if (isSubmitting) event.preventDefault();
        }}
        data-busy={isSubmitting || undefined}
      >
        {isSubmitting ? messages.saving : label}
      </button>
    </div>
  );
}
