import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { loadStoryKit, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { csvEn } from './locales/en';
import { UserCsvExport } from './UserCsvExport';

const users = [
  { uid: 'admin', name: 'Admin' },
  ...Array.from({ length: 25 }, (_, i) => ({ uid: `export${i}`, name: `Export ${i}` })),
];

const meta = {
  title: 'Admin/UserCsvExport',
  component: UserCsvExport,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  // The right-to-left mode keeps English words, as the other stories' mode does.
  render: (args, { globals }) => <UserCsvExport {...args} messages={globals.locale === 'ar' ? csvEn : undefined} />,
  args: { query: { searchKeyword: 'export' }, pageSize: 10, columns: ['uid', 'name', 'metadata'] },
  parameters: { profilekit: { admin: true, users, loginAs: 'admin', latencyMs: 400 } },
} satisfies Meta<typeof UserCsvExport>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Idle: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  },
};

/** Page after page with a progress bar and Cancel; the count is announced at the end. */
export const ExportProgress: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export CSV' }));
    const bar = await canvas.findByRole('progressbar', { name: 'Exporting users: 10 of 25' }, { timeout: 5000 });
    await expect(bar).toHaveAttribute('value', '10');
    await expect(canvas.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Users exported: 25.'), { timeout: 5000 });
  },
};

export const Cancelled: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Export CSV' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Export cancelled.'));
    await expect(canvas.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  },
};
