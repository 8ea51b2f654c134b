import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import { hostileUser, kevinInput, kevinLoggedIn, longUser } from '../../../../.storybook/kit/hostile';
import { kitOf, loadStoryKit, type StoryKitOptions, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { ProfileEditForm } from './ProfileEditForm';

const loggedIn: StoryKitOptions = kevinLoggedIn;

const meta = {
  title: 'Forms/ProfileEditForm',
  component: ProfileEditForm,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  parameters: { profilekit: loggedIn },
} satisfies Meta<typeof ProfileEditForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const sentBodies = (context: Parameters<typeof kitOf>[0], method: string, path: string) =>
  kitOf(context)
    .sent.filter((request) => request.method === method && request.path === path)
    .map((request) => request.body);

export const Filled: Story = {
  play: async (context) => {
    const { canvas, userEvent } = context;
    const name = await canvas.findByLabelText('Name');
    await expect(name).toHaveValue('Kevin Bäcker');
    await userEvent.clear(name);
    await userEvent.type(name, 'Kevin B.');
    await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Your changes were saved.'));
    await expect(sentBodies(context, 'PUT', '/me')).toEqual([{ name: 'Kevin B.' }]);
    await expect(canvas.getByRole('button', { name: 'Reset' })).toBeDisabled();
  },
};

export const Loading: Story = {
  parameters: {
    profilekit: { ...loggedIn, hold: (method: string, path: string) => method === 'GET' && path === '/me' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading…');
  },
};

export const Saving: Story = {
  parameters: {
    profilekit: { ...loggedIn, hold: (method: string, path: string) => method === 'PUT' && path === '/me' },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(await canvas.findByLabelText('Status message'), '!');
    await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true'),
    );
  },
};

export const ServerError: Story = {
  parameters: {
    profilekit: { ...loggedIn, offline: (method: string, path: string) => method === 'PUT' && path === '/me' },
  },
  play: async ({ canvas, userEvent }) => {
    const status = await canvas.findByLabelText('Status message');
    await userEvent.clear(status);
    await userEvent.type(status, 'Typed before the network went down');
    await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Could not reach the server'));
    await expect(status).toHaveValue('Typed before the network went down');
  },
};

export const RateLimited: Story = {
  parameters: { profilekit: { ...loggedIn, emulator: { rateLimit: { requests: 2, windowMs: 60_000 } } } },
  play: async ({ canvas, userEvent }) => {
    // The session's budget: the login's PUT /me and the profile's GET /me; the save is one too many.
    const name = await canvas.findByLabelText('Name');
    await userEvent.type(name, ' Jr.');
    await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(/Too many requests\. Try again in \d+ s\./),
    );
    await expect(name).toHaveValue('Kevin Bäcker Jr.');
  },
};

export const ReadOnlyFields: Story = {
  play: async ({ canvas, userEvent }) => {
    const uid = await canvas.findByLabelText('UID');
    const role = canvas.getByLabelText('Role');
    await userEvent.type(role, 'moderator');
    await expect(role).toHaveValue('admin');
    await expect(uid).toHaveAttribute('readonly');
    await expect(canvas.getByText('Online')).toBeInTheDocument();
    await expect(canvas.getByText('Last active')).toBeInTheDocument();
  },
};

export const NotLoggedIn: Story = {
  parameters: { profilekit: { users: [kevinInput], loginAs: '' } }, // story parameters merge into the meta's
  play: async ({ canvas }) => {
    await expect(await canvas.findByText('Nobody is logged in.')).toBeInTheDocument();
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByLabelText('Name');
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-theme', 'dark');
  },
};

export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByLabelText('Name');
    await expect(canvasElement.querySelector('[class*="pk-"]')).toBeNull();
  },
};

const { status: _s, ...hostileInput } = hostileUser;

export const HostileStrings: Story = {
  parameters: {
    profilekit: {
      users: [{ ...hostileInput, avatar: undefined, link: undefined, metadata: { note: '</textarea><script>' } }],
      loginAs: 'hostile-1',
    },
  },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const avatar = await canvas.findByLabelText('Avatar');
    await userEvent.type(avatar, 'javascript:alert(1)');
    await expect(canvasElement.querySelector('img')).toBeNull();
    const link = canvas.getByLabelText('Link');
    await userEvent.type(link, 'javascript:alert(1)');
    await expect(canvasElement.querySelector('a')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(link).toHaveAccessibleDescription('Link must be a full http:// or https:// URL'));
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};

const { status: _ls, lastActiveAt: _la, ...longInput } = longUser;

export const LongStrings: Story = {
  parameters: { profilekit: { users: [longInput], loginAs: longUser.uid } },
  play: async ({ canvasElement, canvas }) => {
    await canvas.findByLabelText('Name');
    const form = canvasElement.querySelector('form') as HTMLElement;
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
  },
};
