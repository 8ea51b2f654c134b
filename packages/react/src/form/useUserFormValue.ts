import { useCallback, useSyncExternalStore } from 'react';
import type { FormField, UserFormValues } from './formValues';
import { useUserFormContext } from './UserFormContext';

/**
 * A value computed from some fields of the enclosing user form, kept current through react-hook-form's
 * `subscribe`: the component re-renders only when the computed value changes (return a string, number or
 * boolean), not on every keystroke in those fields. What `useWatch` with `compute` does, without its
 * mount-time cost.
 *
 * @example
 * ```tsx
 * const suggestion = useUserFormValue(['uid', 'name'], (uid, name) => (uid === '' ? suggestUid(name) : ''));
 * ```
 */
export function useUserFormValue<const N extends readonly FormField[], T extends string | number | boolean>(
  names: N,
  compute: (...values: { [I in keyof N]: UserFormValues[N[I]] }) => T,
): T {
  const { form } = useUserFormContext();
  const key = names.join(' ');
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for `names`, often a new array each render
  const subscribe = useCallback(
    (onChange: () => void) => form.subscribe({ name: [...names], formState: { values: true }, callback: onChange }),
    [form, key],
  );
  const read = () => compute(...(form.getValues([...names]) as { [I in keyof N]: UserFormValues[N[I]] }));
  return useSyncExternalStore(subscribe, read, read);
}
