import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { kitOf, loadStoryKit, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { csvEn } from './locales/en';
import { UserCsvImport } from './UserCsvImport';

const file = (text: string) => new File([text], 'users.csv', { type: 'text/csv' });

const withErrors = file(
  [
    'User ID,Display name,Role,Tags',
    'grace,Grace Hopper,moderator,navy;cobol',
    'alan turing,Alan Turing,,',
    'ada,,,',
    'linus,Linus,,kernel',
  ].join('\n'),
);

const meta = {
  title: 'Admin/UserCsvImport',
  component: UserCsvImport,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  render: (args, { globals }) => <UserCsvImport {...args} messages={globals.locale === 'ar' ? csvEn : undefined} />,
  parameters: { profilekit: { admin: true, emulator: { roles: ['default', 'moderator', 'admin'] } } },
} satisfies Meta<typeof UserCsvImport>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ChooseFile: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByLabelText('CSV file')).toHaveAccessibleDescription(/first row names the columns/);
  },
};

/** The file's headers are matched to fields; the person can change any of them. */
export const ImportMapping: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.upload(canvas.getByLabelText('CSV file'), withErrors);
    const columns = await canvas.findByRole('group', { name: 'Columns' });
    await expect(canvas.getByLabelText('uid')).toHaveDisplayValue('User ID');
    await expect(canvas.getByLabelText('name')).toHaveDisplayValue('Display name');
    await expect(canvas.getByLabelText('avatar')).toHaveDisplayValue('Not imported');
    await expect(columns).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Check 4 rows' })).toBeVisible();
  },
};

/** The dry run lists each refused row with the field and the rule; nothing was sent. */
export const DryRunErrors: Story = {
  play: async ({ canvas, userEvent, ...context }) => {
    await userEvent.upload(canvas.getByLabelText('CSV file'), withErrors);
    await userEvent.click(await canvas.findByRole('button', { name: 'Check 4 rows' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Ready to import: 2. With errors: 2.'));
    const table = canvas.getByRole('table', { name: 'Rows with errors' });
    await expect(table).toHaveTextContent(/3alan turinguid: /);
    await expect(table).toHaveTextContent(/4adaname: /);
    await expect(canvas.getByRole('button', { name: 'Import 2 users' })).toBeVisible();
    await expect(kitOf(context).sent).toEqual([]);
  },
};

/** Some rows are created, one existed already, one names a role the app lacks (a rule only the server knows). */
export const PartialFailure: Story = {
  parameters: {
    profilekit: {
      admin: true,
      users: [{ uid: 'ada', name: 'Ada Lovelace' }],
      emulator: { roles: ['default', 'moderator', 'admin'] },
    },
  },
  play: async ({ canvas, userEvent, ...context }) => {
    const csv = ['uid,name,role', 'grace,Grace,moderator', 'ada,Ada again,', 'linus,Linus,wizard', 'ken,Ken,'];
    await userEvent.upload(canvas.getByLabelText('CSV file'), file(csv.join('\n')));
    await userEvent.click(await canvas.findByRole('button', { name: 'Check 4 rows' }));
    await userEvent.click(await canvas.findByRole('button', { name: 'Import 4 users' }));
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Created: 2. Already existed: 1. Failed: 1.'),
    );
    await expect(canvas.getByRole('table', { name: 'Rows with errors' })).toHaveTextContent(/4linusrole: /);
    await expect(canvas.getByRole('button', { name: 'Download error report' })).toBeVisible();
    const { store } = kitOf(context).emulator;
    await expect(store.getUser('grace')?.role).toBe('moderator');
    await expect(store.getUser('ken')).toBeDefined();
    await expect(store.getUser('linus')).toBeUndefined();
    await expect(store.getUser('ada')?.name).toBe('Ada Lovelace');
  },
};
