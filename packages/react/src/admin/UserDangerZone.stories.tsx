import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { kitOf, loadStoryKit, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { UserDangerZone } from './UserDangerZone';

const alice = { uid: 'alice', name: 'Alice' };

const meta = {
  title: 'Admin/UserDangerZone',
  component: UserDangerZone,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  args: { user: alice, onDeleted: fn() },
  parameters: { profilekit: { admin: true, users: [alice] } },
} satisfies Meta<typeof UserDangerZone>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Active: Story = {
  play: async ({ canvas }) => {
    const zone = canvas.getByRole('region', { name: 'Danger zone' });
    await expect(zone).toHaveTextContent('This user is active.');
    await expect(canvas.getByRole('button', { name: 'Deactivate user' })).toHaveAccessibleDescription(
      /cannot log in until you reactivate/,
    );
    await expect(canvas.getByRole('button', { name: 'Delete user' })).toBeVisible();
  },
};

export const DeactivateThenReactivate: Story = {
  play: async ({ canvas, userEvent, ...context }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Deactivate user' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('alice was deactivated.'));
    const reactivate = canvas.getByRole('button', { name: 'Reactivate user' });
    await expect(reactivate).toHaveFocus();
    await expect(kitOf(context).emulator.store.getUser('alice')?.deactivatedAt).toEqual(expect.any(Number));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('alice was reactivated.'));
    await expect(kitOf(context).emulator.store.getUser('alice')?.deactivatedAt).toBeUndefined();
  },
};

export const Deactivated: Story = {
  args: { user: { ...alice, deactivatedAt: 1_700_000_000 } },
  parameters: { profilekit: { admin: true, users: [alice], deactivated: ['alice'] } },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('region', { name: 'Danger zone' })).toHaveTextContent(/This user is deactivated/);
    await expect(canvas.getByRole('button', { name: 'Reactivate user' })).toBeVisible();
  },
};

export const ConfirmPermanentDelete: Story = {
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete user' }));
    const dialog = await canvas.findByRole('alertdialog', { name: 'Delete Alice?' });
    const typed = canvas.getByLabelText('Type the UID "alice" to confirm');
    await expect(typed).toHaveFocus();
    await expect(canvas.getByRole('button', { name: 'Delete alice' })).toBeDisabled();
    await userEvent.type(typed, 'alice');
    const permanent = canvas.getByRole('checkbox', { name: 'Delete permanently' });
    await expect(permanent).toHaveAccessibleDescription(/frees the UID "alice"/);
    await userEvent.click(permanent);
    await expect(canvas.getByRole('button', { name: 'Delete alice permanently' })).toBeEnabled();
    await expect(dialog).toBeVisible();
    await expect(args.onDeleted).not.toHaveBeenCalled();
    await expect(kitOf(context).sent).toEqual([]);
  },
};

export const DeletedPermanently: Story = {
  play: async ({ canvas, userEvent, args, ...context }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete user' }));
    await userEvent.type(canvas.getByLabelText('Type the UID "alice" to confirm'), 'alice');
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Delete permanently' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Delete alice permanently' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('alice was deleted permanently. The UID is free again.'),
    );
    await expect(canvas.getByRole('heading', { name: 'Danger zone' })).toHaveFocus();
    await expect(args.onDeleted).toHaveBeenCalledWith('alice', true);
    await expect(kitOf(context).emulator.store.getUser('alice')).toBeUndefined();
  },
};

export const DeleteRefused: Story = {
  parameters: { profilekit: { admin: true, users: [alice], offline: (method: string) => method === 'DELETE' } },
  play: async ({ canvas, userEvent, args }) => {
    const deleteButton = canvas.getByRole('button', { name: 'Delete user' });
    await userEvent.click(deleteButton);
    await userEvent.type(canvas.getByLabelText('Type the UID "alice" to confirm'), 'alice{Enter}');
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(/^That did not work: /));
    await expect(deleteButton).toHaveFocus();
    await expect(args.onDeleted).not.toHaveBeenCalled();
  },
};

export const DarkDialog: Story = {
  args: { theme: 'dark' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Delete user' }));
    await expect(await canvas.findByRole('alertdialog', { name: 'Delete Alice?' })).toBeVisible();
  },
};
