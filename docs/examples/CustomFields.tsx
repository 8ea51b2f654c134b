import type { User } from '@profilekit/core';
import { type UserFormPayload, useUserForm } from '@profilekit/react';

// A field profilekit does not draw: use the headless hook and your own markup. The policy table still
// decides each field's state (editable, readOnly, hidden) and validation; onSubmit gets only what changed.
export function PronounsProfile({
  user,
  onSubmit,
}: {
  user: User;
  onSubmit: (changes: UserFormPayload<'updateCurrent'>) => Promise<unknown>;
}) {
  const { form, submit, stateOf, messages } = useUserForm({ mode: 'updateCurrent', user, onSubmit });
  return (
    <form onSubmit={submit} noValidate>
      <label>
        {messages.labels.name}
        <input {...form.register('name')} aria-invalid={form.formState.errors.name ? true : undefined} />
      </label>
      {/* Your own field, stored in CometChat's metadata as JSON. */}
      <label>
        Pronouns
        <input {...form.register('metadata')} placeholder='{"pronouns": "she/her"}' />
      </label>
      <p>
        Role: {user.role} ({stateOf('role')})
      </p>
      <button type="submit">Save</button>
    </form>
  );
}
