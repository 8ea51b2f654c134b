import { createFormControl, type FormState, type Resolver, type ResolverResult } from 'react-hook-form';
import { describe, expect, it } from 'vitest';
import {
  afterRender,
  currentFormState,
  isRegistered,
  liveFormState,
  markReady,
  setFocusTarget,
  setFormOptions,
  subscribeRoot,
  syncDirty,
  trackFormStateKey,
} from '../../form/reactHookFormInternals';

// One contract test per private react-hook-form member the kit touches (all in reactHookFormInternals.ts; each
// title names the member without its leading underscore), on react-hook-form itself: each fails if a release
// renames, removes or changes the member.

type Values = { name: string; tags: string[] };
const defaults = (): Values => ({ name: 'Kevin', tags: ['beta'] });
const create = () => createFormControl<Values>({ defaultValues: defaults() });
const nameRequired: Resolver<Values> = async (values): Promise<ResolverResult<Values>> => {
  if (values.name !== '') return { values, errors: {} };
  return { values: {}, errors: { name: { type: 'required', message: 'Name is required.' } } };
};
// `isReady` is announced to every subscriber but is not a key one may ask for in react-hook-form's types.
const watched = { isDirty: true, isReady: true, errors: true };

/** The state a public subscriber to every key receives next. */
function nextState(form: ReturnType<typeof create>) {
  return new Promise<Partial<FormState<Values>>>((resolve) => {
    const unsubscribe = form.subscribe({
      formState: watched,
      callback: (state) => {
        unsubscribe();
        resolve(state);
      },
    });
  });
}

describe('react-hook-form private members the kit relies on', () => {
  it('private options: options set after creation (a new resolver) are used by the next validation', async () => {
    const form = create();
    setFormOptions(form.control, { defaultValues: defaults(), resolver: nameRequired });
    form.setValue('name', '');
    expect(await form.trigger('name')).toBe(false);
    expect(form.getFieldState('name').error?.message).toBe('Name is required.');
  });

  it('private formState and defaultValues: the current state and defaults, read without subscribing', () => {
    const form = create();
    form.setError('name', { type: 'server', message: 'Taken.' });
    const state = currentFormState(form.control);
    expect(state.errors.name?.message).toBe('Taken.');
    expect(state.defaultValues).toEqual(defaults());
    expect(liveFormState(form.control)).toBe(liveFormState(form.control));
    expect(liveFormState(form.control).errors?.name?.message).toBe('Taken.');
  });

  it('private subscribe and proxyFormState: the host is called back for a form state key it has read', async () => {
    const form = create();
    let calls = 0;
    const unsubscribe = subscribeRoot(form.control, () => calls++);
    trackFormStateKey(form.control, 'isDirty');
    await form.register('name').onChange({ target: { name: 'name', value: 'Kevin B' }, type: 'change' });
    unsubscribe();
    expect(calls).toBeGreaterThan(0);
    expect(currentFormState(form.control).isDirty).toBe(true);
  });

  it('private subjects: marking the form ready sets isReady and tells subscribers', async () => {
    const form = create();
    const told = nextState(form);
    markReady(form.control);
    expect((await told).isReady).toBe(true);
    expect(liveFormState(form.control).isReady).toBe(true);
  });

  it('private state and setValid: the first render after mount computes validity and marks the form mounted', async () => {
    const form = createFormControl<Values>({ defaultValues: defaults(), resolver: nameRequired });
    trackFormStateKey(form.control, 'isValid');
    const told = new Promise<boolean | undefined>((resolve) => {
      subscribeRoot(form.control, () => resolve(currentFormState(form.control).isValid));
    });
    afterRender(form.control);
    expect(await told).toBe(true);
    // Mounted: `getValues` now reads the form's own values, not the defaults.
    form.setValue('tags', ['a']);
    expect(form.getValues('tags')).toEqual(['a']);
  });

  it('private removeUnmounted: a field whose element left (shouldUnregister) is unregistered after render', () => {
    const form = create();
    const registered = form.register('name', { shouldUnregister: true });
    registered.ref(document.createElement('input'));
    expect(isRegistered(form.control, 'name')).toBe(true);
    registered.ref(null);
    afterRender(form.control);
    expect(isRegistered(form.control, 'name')).toBe(false);
  });

  it('private getDirty: a stale isDirty the host reads is recomputed and announced', async () => {
    const form = create();
    afterRender(form.control);
    trackFormStateKey(form.control, 'isDirty');
    form.setValue('name', 'Somebody else');
    const told = nextState(form);
    syncDirty(form.control, false);
    expect((await told).isDirty).toBe(true);
  });

  it('private fields: registration is visible, forgotten by a reset; a failed submit focuses the focus target', async () => {
    const form = createFormControl<Values>({ defaultValues: { name: '', tags: [] }, resolver: nameRequired });
    expect(isRegistered(form.control, 'name')).toBe(false);
    form.register('name');
    expect(isRegistered(form.control, 'name')).toBe(true);
    let focused = 0;
    setFocusTarget(form.control, 'name', { focus: () => focused++ });
    await form.handleSubmit(() => undefined)();
    expect(focused).toBe(1);
    form.reset(defaults());
    expect(isRegistered(form.control, 'name')).toBe(false);
  });
});
