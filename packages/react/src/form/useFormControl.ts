import { useEffect, useRef, useState } from 'react';
import {
  type Control,
  createFormControl,
  type FieldValues,
  type FormState,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form';
import { useIsomorphicLayoutEffect } from '../fields/useIsomorphicLayoutEffect';
import {
  afterRender,
  currentFormState,
  markReady,
  setFormOptions,
  subscribeRoot,
  syncDirty,
  trackFormStateKey,
} from './reactHookFormInternals';

/**
 * react-hook-form's `useForm`, over its public `createFormControl`, without the re-render `useForm` forces
 * before the first paint. `useForm` marks its form ready with a state update in a layout effect, for every
 * form: React then renders the form again synchronously and, to do so, runs every passive effect of the
 * new tree (each field's subscriptions) before the browser paints — about a fifth of a small form's
 * mount at 4× CPU throttling. Here the form is marked ready without a state update, and the host
 * re-renders only when a form state it read changes, as with `useForm`. The private react-hook-form members
 * this needs are in `reactHookFormInternals.ts`.
 *
 * The returned object is one object for the form's life (as `useForm`'s is); `formState` is a proxy
 * that subscribes to what the host reads.
 *
 * @example
 * ```tsx
 * const form = useFormControl<{ name: string }>({ defaultValues: { name: '' }, mode: 'onTouched' });
 * return <input {...form.register('name')} />;
 * ```
 */
export function useFormControl<V extends FieldValues, C = unknown, T = V>(
  props: UseFormProps<V, C, T>,
): UseFormReturn<V, C, T> {
  const created = useRef<UseFormReturn<V, C, T>>(undefined);
  if (created.current === undefined) {
    const { formControl: _methods, ...methods } = createFormControl<V, C, T>(props);
    created.current = { ...methods, formState: {} as FormState<V> };
  }
  const form = created.current;
  const { control } = form;
  setFormOptions(control, props);
  const [formState, setFormState] = useState(() => currentFormState(control));
  const connected = useRef(false);

  useIsomorphicLayoutEffect(() => {
    const unsubscribe = subscribeRoot(control, () => setFormState(currentFormState(control)));
    // Reconnected (an <Activity> shown again): catch up with what changed while hidden.
    if (connected.current) setFormState(currentFormState(control));
    connected.current = true;
    markReady(control);
    return unsubscribe;
  }, [control]);

  useEffect(() => afterRender(control));

  useEffect(() => syncDirty(control, formState.isDirty), [control, formState.isDirty]);

  form.formState = proxyFormState(formState, control);
  return form;
}

/** The host reads form state through this: each key it reads is one the host re-renders for (useForm's rule). */
function proxyFormState<V extends FieldValues, C, T>(state: FormState<V>, control: Control<V, C, T>): FormState<V> {
  const proxy = {} as FormState<V>;
  for (const key of Object.keys(state) as (keyof FormState<V>)[]) {
    Object.defineProperty(proxy, key, {
      enumerable: true,
      get: () => {
        trackFormStateKey(control, key);
        return state[key];
      },
    });
  }
  return proxy;
}
