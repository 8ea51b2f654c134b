import { useMemo } from 'react';
import { FieldDescription } from '../fields/Field';
import { useValueAfterPaint } from '../fields/useValueAfterPaint';
import { useUserFormContext } from '../form/UserFormContext';
import { useUserFormValue } from '../form/useUserFormValue';
import { englishUidMessages } from '../messages/englishSignupMessages';
import { mergeMessages } from '../messages/mergeMessages';
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

/** The form's messages for the uid assist: a locale's or your own, else the English that loads with this component. */
function useUidMessages() {
  const { form, messages } = useUserFormContext();
  return { form, messages: useMemo(() => mergeMessages(messages, englishUidMessages), [messages]) };
}

const suggestionOf = (uid: string | undefined, name: string | undefined) =>
  uid === undefined || uid.trim() !== '' ? '' : suggestUid(name ?? '');
const uidOf = (uid: string | undefined) => uid ?? '';

/**
 * The suggested uid; re-renders only when the suggestion itself changes, not on every Name keystroke, and shows
 * the new one a frame after the key (the Name key's own frame does not lay out the hint).
 */
function UidSuggestion() {
  const { form, messages } = useUidMessages();
  const suggestion = useValueAfterPaint(useUserFormValue(['uid', 'name'], suggestionOf));
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
  const { messages } = useUidMessages();
  const uid = useUserFormValue(['uid'], uidOf);
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
