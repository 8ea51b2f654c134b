import '@testing-library/jest-dom/vitest';
import { type UserFormPayload, useUserForm } from '@profilekit/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';

afterEach(cleanup);

/** A headless form as an app writes one: its own markup, reading `form.formState` in the component that holds the form. */
function HeadlessSignup({ onSubmit }: { onSubmit: (payload: UserFormPayload<'create'>) => Promise<unknown> }) {
  const { form, submit } = useUserForm({ mode: 'create', onSubmit });
  const { isDirty, isSubmitting, errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate>
      <label>
        UID
        <input {...form.register('uid')} />
      </label>
      {errors.uid && <p role="alert">{errors.uid.message}</p>}
      <label>
        Name
        <input {...form.register('name')} />
      </label>
      <p>{isDirty ? 'Unsaved changes' : 'No changes'}</p>
      <button type="submit" disabled={isSubmitting}>
        {isSubmitting ? 'Signing up…' : 'Sign up'}
      </button>
    </form>
  );
}

describe('useUserForm, headless: form.formState re-renders the component that reads it', () => {
  it('shows dirtiness, a field error naming the rule, and the submitting state', async () => {
    const user = userEvent.setup();
    let finish: (value: unknown) => void = () => {};
    const sent: UserFormPayload<'create'>[] = [];
    render(
      <HeadlessSignup
        onSubmit={(payload) => {
          sent.push(payload);
          return new Promise((resolve) => {
            finish = resolve;
          });
        }}
      />,
    );
    expect(screen.getByText('No changes')).toBeInTheDocument();
    await user.type(screen.getByLabelText('UID'), 'kevin smith');
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    expect(screen.getByText('Unsaved changes')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/UID/);
    expect(screen.getByLabelText('UID')).toHaveValue('kevin smith');

    await user.clear(screen.getByLabelText('UID'));
    await user.type(screen.getByLabelText('UID'), 'kevin');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByRole('button', { name: 'Signing up…' })).toBeDisabled();
    expect(sent).toEqual([{ uid: 'kevin', name: 'Kevin' }]);
    finish({ uid: 'kevin', name: 'Kevin' });
    expect(await screen.findByRole('button', { name: 'Sign up' })).toBeEnabled();
    expect(screen.getByText('No changes')).toBeInTheDocument();
  });
});
