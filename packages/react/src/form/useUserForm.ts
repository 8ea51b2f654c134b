'use client';

import { type FieldState, fieldState, type User, type UserField } from '@profilekit/core';
import { isEmptyChange } from '@profilekit/core/internal';
import { type BaseSyntheticEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { ProfileKitLocale } from '../locales/ProfileKitLocale';
import { useLocale } from '../locales/useLocale';
import type { UserFormMessages, UserFormMessagesInput } from '../messages/formMessages';
import { createFormSchemas } from './formSchemas';
import { type UserFormValues, valuesFromUser } from './formValues';
import type { UserFormMode, UserFormPayload } from './modes';
import { refusedFields } from './refusedFields';
import { applyServerError } from './serverErrors';
import { useFormControl } from './useFormControl';
import { userFormResolver } from './userFormResolver';

/** Options of {@link useUserForm}. */
export interface UseUserFormOptions<M extends UserFormMode> {
  mode: M;
  /** The user as loaded (update and current modes). The form keeps it as its baseline until a save succeeds. */
  user?: Partial<User>;
  /**
   * Receives the minimal request: only what this mode may change and what really changed.
   * Return the saved user to make it the new baseline; throw a profilekit error to show it on the form.
   */
  onSubmit: (payload: UserFormPayload<M>, values: UserFormValues) => Promise<unknown> | unknown;
  /** Overrides of single strings, merged over the locale's messages. */
  messages?: UserFormMessagesInput;
  /** This form's language; default: the provider's `locale`, else English. */
  locale?: ProfileKitLocale;
}

/** What the last submit did, for announcements. */
export type UserFormOutcome =
  | { kind: 'idle' }
  | { kind: 'saved'; user?: User }
  | { kind: 'unchanged' }
  | { kind: 'failed'; message: string; detail?: string };

/** What {@link useUserForm} returns: the react-hook-form instance plus the policy for this mode. */
export interface UserFormApi<M extends UserFormMode = UserFormMode> {
  form: UseFormReturn<UserFormValues, unknown, UserFormPayload<M>>;
  /** Core's operation this form performs; its policy-table column decides every field. */
  mode: M;
  /** The messages of the form's parts (a locale's, or English, under your overrides). */
  messages: UserFormMessages;
  /** The chosen locale (its tag and direction); `undefined` for English from the page. */
  locale: ProfileKitLocale | undefined;
  /** The baseline: the user as loaded or as last saved. */
  user: Partial<User> | undefined;
  /** How a field is presented in this mode, from core's policy table. */
  stateOf: (field: UserField) => FieldState;
  /** Validates, builds the request and calls `onSubmit`; use as the form's `onSubmit`. */
  submit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** Back to the baseline values. */
  reset: () => void;
  outcome: UserFormOutcome;
}

/** Whether any field differs from what `user` gave it (read without subscribing the form to its state). */
function edited(getValues: (field: string) => unknown, user: Partial<User> | undefined): boolean {
  const loaded = valuesFromUser(user) as Record<string, unknown>;
  return Object.keys(loaded).some((field) => JSON.stringify(getValues(field)) !== JSON.stringify(loaded[field]));
}

/**
 * A headless form for a CometChat user. Validation, field states and the request are all derived
 * from core's policy table for the mode's operation (`create`, `update`, `updateCurrent`).
 *
 * @example
 * ```tsx
 * const { form, submit, stateOf } = useUserForm({ mode: 'updateCurrent', user, onSubmit: (changes) => update.mutateAsync(changes) });
 * return <form onSubmit={submit}><input {...form.register('name')} readOnly={stateOf('name') === 'readOnly'} /></form>;
 * ```
 */
export function useUserForm<M extends UserFormMode>(options: UseUserFormOptions<M>): UserFormApi<M> {
  const { mode, user } = options;
  const { locale, messages } = useLocale(options.locale, options.messages);
  const schemas = useMemo(() => createFormSchemas(messages), [messages]);
  const [baseline, setBaseline] = useState(user);
  const baselineRef = useRef(baseline);
  baselineRef.current = baseline;
  const onSubmitRef = useRef(options.onSubmit);
  onSubmitRef.current = options.onSubmit;
  const [outcome, setOutcome] = useState<UserFormOutcome>({ kind: 'idle' });

  const resolver = useMemo(
    () => userFormResolver({ operation: mode, getLoadedUser: () => baselineRef.current, schemas, messages }),
    [mode, schemas, messages],
  );
  // Read by react-hook-form once, at mount (a new user resets the form below): not rebuilt on each render.
  const [defaultValues] = useState(() => valuesFromUser(user));
  const form = useFormControl<UserFormValues, unknown, UserFormPayload<M>>({
    defaultValues,
    resolver: resolver as never,
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
  });

  const { reset: resetForm } = form;
  const saving = useRef(false);
  useEffect(() => {
    if (user?.uid === undefined || user === baselineRef.current || saving.current) return;
    // The same user changed elsewhere (another tab, an admin): the form follows unless the person is editing it.
    if (user.uid === baselineRef.current?.uid && edited(form.getValues, baselineRef.current)) return;
    setBaseline(user);
    resetForm(valuesFromUser(user));
  }, [user, form, resetForm]);

  const submit = useMemo(
    () =>
      form.handleSubmit(
        async (payload) => {
          if (isEmptyChange(mode, payload)) return setOutcome({ kind: 'unchanged' });
          saving.current = true;
          try {
            const saved = await onSubmitRef.current(payload, form.getValues());
            if (isUser(saved)) {
              setBaseline(saved);
              baselineRef.current = saved;
              form.reset(valuesFromUser(saved));
            }
            setOutcome(isUser(saved) ? { kind: 'saved', user: saved } : { kind: 'saved' });
          } catch (error) {
            const described = applyServerError(error, form.setError, messages, form.getValues('uid'));
            setOutcome({ kind: 'failed', ...described });
          } finally {
            saving.current = false;
          }
        },
        (errors) => {
          // Every highlighted field: the resolver's errors and the parts' own refusals (a rejected tag).
          const fields = new Set(Object.keys(errors).filter((key) => key !== 'root'));
          for (const field of refusedFields(form.control as never)) fields.add(field);
          const message = errors.root?.message ?? messages.fixFields(fields.size);
          setOutcome({ kind: 'failed', message });
        },
      ),
    [form, mode, messages],
  );

  const stateOf = useCallback((field: UserField) => fieldState(field, mode), [mode]);
  const reset = useCallback(() => {
    resetForm(valuesFromUser(baselineRef.current));
    setOutcome({ kind: 'idle' });
  }, [resetForm]);

  return useMemo(
    () => ({ form, mode, messages, locale, user: baseline, stateOf, submit, reset, outcome }),
    [form, mode, messages, locale, baseline, stateOf, submit, reset, outcome],
  );
}

function isUser(value: unknown): value is User {
  return typeof value === 'object' && value !== null && typeof (value as User).uid === 'string';
}
