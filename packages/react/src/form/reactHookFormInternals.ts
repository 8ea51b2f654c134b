import type { Control, FieldValues, FormState, UseFormProps } from 'react-hook-form';

// Every read or write of react-hook-form's private members (`control._…`) in the kit is in this file.
//
// Why: react-hook-form's `useForm` marks a new form ready with a state update in a layout effect
// (`updateFormState((data) => ({ ...data, isReady: true }))` in its `useForm.ts`). React renders that update
// synchronously, a "nested update", and runs every passive effect of the new tree before the browser paints:
// about a fifth of a small form's mount at 4× CPU (BENCHMARKS.md section 5; the `ProfileEditForm` test
// "commits the form once before its first paint" fails with `useForm`). `useFormControl` builds the same form
// on the public `createFormControl` and does the rest of `useForm`'s work through the functions below, which
// copy what `useForm` itself does with these members. Two more have no public equivalent: the form state
// *without* subscribing (for a part's first render) and a field's focus target (what `useController` sets).
//
// Private members change in patch releases: `__tests__/reactHookFormInternals.test.ts` holds one contract
// test per member used here, and the peer range admits only the react-hook-form versions CI runs.

type LooseControl = Control<FieldValues, unknown, FieldValues>;

function loose<V extends FieldValues, C, T>(control: Control<V, C, T>): LooseControl {
  return control as unknown as LooseControl;
}

/** Options given on a later render (a new resolver) apply from then on, as with `useForm` (`_options`). */
export function setFormOptions<V extends FieldValues, C, T>(control: Control<V, C, T>, props: UseFormProps<V, C, T>) {
  loose(control)._options = props as LooseControl['_options'];
}

/** The form's current state and default values, without subscribing to anything (`_formState`, `_defaultValues`). */
export function currentFormState<V extends FieldValues, C, T>(control: Control<V, C, T>): FormState<V> {
  const inner = loose(control);
  return { ...inner._formState, defaultValues: inner._defaultValues } as unknown as FormState<V>;
}

/** The live form state object itself (`_formState`): the same object until react-hook-form replaces a key. */
export function liveFormState<V extends FieldValues, C, T>(control: Control<V, C, T>): Partial<FormState<V>> {
  return loose(control)._formState as unknown as Partial<FormState<V>>;
}

/**
 * Calls `onChange` whenever a form state the host has read changes, as `useForm` does for its host
 * (`_subscribe` with `_proxyFormState` and `reRenderRoot`); returns the unsubscribe.
 */
export function subscribeRoot<V extends FieldValues, C, T>(
  control: Control<V, C, T>,
  onChange: () => void,
): () => void {
  const inner = loose(control);
  return inner._subscribe({ formState: inner._proxyFormState, callback: onChange, reRenderRoot: true });
}

/** Marks the form ready without a state update: `useForm`'s layout effect minus its `setState` (`_subjects`). */
export function markReady<V extends FieldValues, C, T>(control: Control<V, C, T>) {
  const inner = loose(control);
  inner._formState.isReady = true;
  inner._subjects.state.next({ isReady: true });
}

/** `useForm`'s effect after every render: first-mount validity, pending watch updates, unmounted fields (`_state`). */
export function afterRender<V extends FieldValues, C, T>(control: Control<V, C, T>) {
  const inner = loose(control);
  if (!inner._state.mount) {
    inner._setValid();
    inner._state.mount = true;
  }
  if (inner._state.watch) {
    inner._state.watch = false;
    inner._subjects.state.next({ ...inner._formState });
  }
  inner._removeUnmounted();
}

/** Recomputes `isDirty` when the host reads it and it is stale, as `useForm` does (`_proxyFormState`, `_getDirty`). */
export function syncDirty<V extends FieldValues, C, T>(control: Control<V, C, T>, shown: boolean | undefined) {
  const inner = loose(control);
  if (!inner._proxyFormState.isDirty) return;
  const isDirty = inner._getDirty();
  if (isDirty !== shown) inner._subjects.state.next({ isDirty });
}

/** Makes the host re-render when `key` of the form state changes: what reading `useForm`'s `formState` does. */
export function trackFormStateKey<V extends FieldValues, C, T>(control: Control<V, C, T>, key: keyof FormState<V>) {
  (loose(control)._proxyFormState as Record<string, boolean | 'all'>)[key as string] = 'all';
}

/** Whether `name` is registered (a reset forgets every field; `_fields`). */
export function isRegistered<V extends FieldValues, C, T>(control: Control<V, C, T>, name: string): boolean {
  return loose(control)._fields[name] !== undefined;
}

/**
 * Sets what react-hook-form focuses for `name` (the first invalid field on submit), as `useController` does
 * (`_fields[name]._f.ref`): the public `register(name).ref` would also write the value into it.
 */
export function setFocusTarget<V extends FieldValues, C, T>(
  control: Control<V, C, T>,
  name: string,
  target: { focus: () => void },
) {
  const entry = (loose(control)._fields as Record<string, { _f: { ref: unknown } } | undefined>)[name];
  if (entry) entry._f.ref = target;
}
