import { useWatch } from 'react-hook-form';
import { FieldDescription } from '../fields/Field';
import { useUserFormContext } from '../form/UserFormContext';
import { usePkClass } from '../theme/usePkClass';
import { suggestUid } from './suggestUid';
import { type UidCheck, useUidAvailability } from './useUidAvailability';

/**
 * Inside the UID field of a create form: a uid suggested from the name (while UID is empty) and the
 * uid's availability, checked as you type. Both are announced with the field.
 *
 * @example
 * ```tsx
 * <UserForm mode="create" onSubmit={create} fieldExtras={{ uid: <UidAssist /> }} />
 * ```
 */
export function UidAssist({ checkAvailability = true }: { checkAvailability?: boolean | UidCheck }) {
  return (
    <>
      <UidSuggestion />
      {checkAvailability !== false && (
        <Availability check={checkAvailability === true ? undefined : checkAvailability} />
      )}
    </>
  );
}

const suggestionOf = ([uid, name]: readonly string[]) =>
  uid === undefined || uid.trim() !== '' ? '' : suggestUid(name ?? '');

/** The suggested uid; re-renders only when the suggestion itself changes, not on every Name keystroke. */
function UidSuggestion() {
  const { form, messages } = useUserFormContext();
  const suggestion = useWatch({ control: form.control, name: ['uid', 'name'], compute: suggestionOf }) as string;
  const pk = usePkClass();
  if (suggestion === '') return null;
  return (
    <FieldDescription className={pk('pk-hint pk-suggestion')}>
      {messages.suggestedUid(suggestion)}{' '}
      <button
        type="button"
        className={pk('pk-button pk-button-link')}
        onClick={() => form.setValue('uid', suggestion, { shouldDirty: true, shouldValidate: true, shouldTouch: true })}
      >
        {messages.useSuggestion}
      </button>
    </FieldDescription>
  );
}

function Availability({ check }: { check: UidCheck | undefined }) {
  const { form, messages } = useUserFormContext();
  const uid = useWatch({ control: form.control, name: 'uid' });
  const availability = useUidAvailability(uid, { check });
  const pk = usePkClass();
  const text =
    availability === 'checking'
      ? messages.uidChecking
      : availability === 'available'
        ? messages.uidAvailable(uid.trim())
        : availability === 'taken'
          ? messages.uidUnavailable(uid.trim())
          : '';
  return (
    <div aria-live="polite" className={pk('pk-availability')} data-availability={availability}>
      {text !== '' && <FieldDescription>{text}</FieldDescription>}
    </div>
  );
}
