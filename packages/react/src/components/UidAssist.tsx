import { useWatch } from 'react-hook-form';
import { FieldDescription } from '../fields/Field';
import { usePkClass } from '../fields/UnstyledProvider';
import { useUserFormContext } from '../form/UserFormContext';
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
  const { form, messages } = useUserFormContext();
  const [uid, name] = useWatch({ control: form.control, name: ['uid', 'name'] });
  const suggestion = uid.trim() === '' ? suggestUid(name) : '';
  const pk = usePkClass();
  return (
    <>
      {suggestion !== '' && (
        <FieldDescription className={pk('pk-hint pk-suggestion')}>
          {messages.suggestedUid(suggestion)}{' '}
          <button
            type="button"
            className={pk('pk-button pk-button-link')}
            onClick={() =>
              form.setValue('uid', suggestion, { shouldDirty: true, shouldValidate: true, shouldTouch: true })
            }
          >
            {messages.useSuggestion}
          </button>
        </FieldDescription>
      )}
      {checkAvailability !== false && (
        <Availability uid={uid} check={checkAvailability === true ? undefined : checkAvailability} />
      )}
    </>
  );
}

function Availability({ uid, check }: { uid: string; check: UidCheck | undefined }) {
  const { messages } = useUserFormContext();
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
