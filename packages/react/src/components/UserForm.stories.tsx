import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { kitOf, loadStoryKit, withUserKit } from './__stories__/storyKit';
import { UserForm } from './UserForm';

const meta = {
  title: 'Forms/UserForm',
  component: UserForm,
  loaders: [loadStoryKit],
  decorators: [withUserKit],
  args: { mode: 'create', onSubmit: fn() },
} satisfies Meta<typeof UserForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CreateEmpty: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    const uid = canvas.getByLabelText('UID');
    await waitFor(() => expect(uid).toHaveAttribute('aria-invalid', 'true'));
    await expect(uid).toHaveFocus();
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const CreateSubmits: Story = {
  args: {
    onSubmit: fn(),
  },
  play: async (context) => {
    const { canvas, userEvent, args } = context;
    await userEvent.type(canvas.getByLabelText('UID'), 'usr1');
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(args.onSubmit).toHaveBeenCalledWith({ uid: 'usr1', name: 'Kevin' }, expect.anything()));
    await expect(kitOf(context).sent).toEqual([]);
  },
};
