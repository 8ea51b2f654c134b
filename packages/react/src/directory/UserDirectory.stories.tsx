import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor, within } from 'storybook/test';
import { kitOf, loadStoryKit, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { memoryRouter } from './directoryRouter';
import { UserDirectory } from './UserDirectory';

const people = [
  { uid: 'alice', name: 'Alice Liddell', role: 'admin', tags: ['staff'] },
  { uid: 'bob', name: 'Bob Marley' },
  { uid: 'carol', name: 'Carol Danvers', role: 'moderator' },
  { uid: 'dave', name: 'Dave Bowman' },
];

/** The admin using the directory: logged in, so the story's client lists users as an admin (CometChat leaves the
 * logged-in user out of the list, as your backend's list would not: a story-only difference). */
const ada = { uid: 'ada', name: 'Ada Lovelace', role: 'admin' };

const meta = {
  title: 'Admin/UserDirectory',
  component: UserDirectory,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  // A memory router per story: a story must not write its state into the Storybook page's URL.
  args: { roles: ['default', 'moderator', 'admin'] },
  render: (args) => <UserDirectory router={memoryRouter()} {...args} />,
  parameters: { profilekit: { admin: true, users: [ada, ...people], loginAs: 'ada' } },
} satisfies Meta<typeof UserDirectory>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvas }) => {
    await canvas.findByRole('button', { name: 'Edit Alice Liddell (alice)' });
    await expect(canvas.getByRole('table', { name: 'Users' })).toBeVisible();
    await expect(canvas.getByText('Page 1 of 1 · 4 users')).toBeVisible();
  },
};

export const Empty: Story = {
  parameters: { profilekit: { admin: true, users: [ada], loginAs: 'ada' } },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('No users yet.')).toBeVisible();
  },
};

export const Loading: Story = {
  parameters: {
    profilekit: {
      admin: true,
      users: [ada, ...people],
      loginAs: 'ada',
      hold: (method: string, path: string) => method === 'GET' && path === '/users',
    },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading users…');
  },
};

export const TenThousandUsers: Story = {
  args: { defaults: { pageSize: 1000 }, columns: ['user', 'uid', 'role', 'status', 'tags', 'createdAt'] },
  parameters: { profilekit: { admin: true, users: [ada], generatedUsers: 10_000, loginAs: 'ada' } },
  play: async ({ canvas }) => {
    await canvas.findByRole('button', { name: 'Edit User 1 (user00001)' });
    await expect(canvas.getByText('Page 1 of 10 · 10000 users')).toBeVisible();
    // 1,000 users on the page, a few dozen rows in the document: the rest are drawn as they scroll into view.
    await expect(canvas.getAllByRole('row').length).toBeLessThan(80);
  },
};

export const PartialFailure: Story = {
  parameters: {
    profilekit: {
      admin: true,
      users: [ada, ...people],
      loginAs: 'ada',
      // carol's update never reaches the server: the bulk action goes on and reports her.
      offline: (method: string, path: string) => method === 'PUT' && path === '/users/carol',
    },
  },
  play: async ({ canvas, userEvent, ...context }) => {
    await userEvent.click(await canvas.findByRole('checkbox', { name: 'Select every user on this page' }));
    await expect(canvas.getByText('4 users selected')).toBeVisible();
    const bulk = canvas.getByRole('group', { name: 'Actions on the selected users' });
    await userEvent.type(within(bulk).getByLabelText('Tag'), 'beta');
    await userEvent.click(within(bulk).getByRole('button', { name: 'Add tag' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('1 of 4 could not be changed:');
    await expect(within(alert).getByRole('listitem')).toHaveTextContent(/^carol \(Carol Danvers\): /);
    await waitFor(() => expect(kitOf(context).emulator.store.getUser('bob')?.tags).toEqual(['beta']));
  },
};
