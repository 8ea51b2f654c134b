import type { User } from '@profilekit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { kevin } from '../../../../.storybook/kit/hostile';
import { type UserFormPayload, useUserForm } from '../form';

/** useUserForm with your own markup: register inputs, read each field's state from the policy table. */
function HeadlessProfile({
  user,
  onSubmit,
}: {
  user: User;
  onSubmit: (changes: UserFormPayload<'updateCurrent'>) => void;
}) {
  const { form, submit, stateOf, messages } = useUserForm({ mode: 'updateCurrent', user, onSubmit });
  const { errors } = form.formState;
  return (
    <form onSubmit={submit} noValidate aria-label="My own profile form">
      <p>
        {messages.labels.uid}: <strong>{user.uid}</strong> ({stateOf('uid')})
      </p>
      <label>
        {messages.labels.name}
        <input {...form.register('name')} aria-invalid={errors.name ? true : undefined} aria-describedby="name-error" />
      </label>
      <p id="name-error">{errors.name?.message}</p>
      <label>
        {messages.labels.role}
        <input value={user.role ?? ''} readOnly={stateOf('role') === 'readOnly'} />
      </label>
      <button type="submit">Save</button>
    </form>
  );
}

const meta = {
  title: 'Forms/useUserForm (headless)',
  component: HeadlessProfile,
  args: { user: kevin, onSubmit: fn() },
} satisfies Meta<typeof HeadlessProfile>;

export default meta;
type Story = StoryObj<typeof meta>;

export const OwnMarkup: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByText(/\(readOnly\)/)).toBeInTheDocument();
    await expect(canvas.getByLabelText('Role')).toHaveAttribute('readonly');
    const name = canvas.getByLabelText('Name');
    await userEvent.clear(name);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(name).toHaveFocus());
    await expect(canvas.getByText('Name cannot be empty')).toBeInTheDocument();
    await userEvent.type(name, 'Kev');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ name: 'Kev' }, expect.anything()));
  },
};
