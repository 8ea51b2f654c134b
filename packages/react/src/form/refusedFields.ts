import type { Control } from 'react-hook-form';

/**
 * Fields whose part refused what was typed into it (a tag the rules reject) without that being a form
 * value: react-hook-form knows nothing of it, yet the field shows an error. Keyed by the form's control
 * so the error summary can count every field it highlights.
 */
const refused = new WeakMap<object, Set<string>>();

/** Marks (or clears) a field part's own refusal on its form. */
export function markRefused(control: Control<never>, field: string, isRefused: boolean): void {
  const fields = refused.get(control) ?? new Set<string>();
  refused.set(control, fields);
  if (isRefused) fields.add(field);
  else fields.delete(field);
}

/** The fields of a form whose part shows a refusal now. */
export function refusedFields(control: Control<never>): ReadonlySet<string> {
  return refused.get(control) ?? new Set();
}
