import { useRef, useState } from 'react';
import type { FormState } from 'react-hook-form';
import { useIsomorphicLayoutEffect } from '../fields/useIsomorphicLayoutEffect';
import type { UserFormValues } from './formValues';
import { liveFormState } from './reactHookFormInternals';
import { useUserFormContext } from './UserFormContext';

type WatchedState = 'isDirty' | 'isSubmitting' | 'errors';

/**
 * One value of the enclosing form's state (`isDirty`, `isSubmitting`, or one derived from `errors`): re-renders
 * only when that value changes. What react-hook-form's `useFormState` does, over its `subscribe`.
 *
 * @example
 * ```tsx
 * const busy = useUserFormState('isSubmitting');
 * const rootError = useUserFormState('errors', (state) => state.errors?.root?.message);
 * ```
 */
export function useUserFormState<K extends WatchedState, T = FormState<UserFormValues>[K]>(
  watched: K,
  read: (state: Partial<FormState<UserFormValues>>) => T = (state) => state[watched] as T,
): T {
  const { form } = useUserFormContext();
  const reader = useRef(read);
  reader.current = read;
  const [value, setValue] = useState(() => read(liveFormState(form.control)));
  useIsomorphicLayoutEffect(() => {
    setValue(reader.current(liveFormState(form.control)));
    return form.subscribe({
      formState: { [watched]: true },
      callback: (state) => setValue(reader.current(state)),
    });
  }, [form, watched]);
  return value;
}
