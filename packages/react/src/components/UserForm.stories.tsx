import { defaultMessages, userFields } from '@profilekit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { hostileUser, kevin, longUser } from '../../../../.storybook/kit/hostile';
import { kitOf, loadStoryKit, type StoryKit, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { UserForm } from './UserForm';

const meta = {
  title: 'Forms/UserForm',
  component: UserForm,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  args: { mode: 'create', onSubmit: fn() },
} satisfies Meta<typeof UserForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const createWith = (kit: StoryKit) => (input: Parameters<StoryKit['client']['createUser']>[0]) =>
  kit.client.createUser(input, kit.emulator.authKey);

export const CreateEmpty: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    const uid = canvas.getByLabelText('UID');
    await waitFor(() => expect(uid).toHaveAttribute('aria-invalid', 'true'));
    await expect(uid).toHaveFocus();
    await expect(canvas.getByLabelText('Name')).toHaveAccessibleDescription('Name is required');
    await expect(canvas.getByRole('alert')).toHaveTextContent('Fix the 2 highlighted fields.');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

/** Every field's rule broken at once: each field marked invalid with its message, the summary counting them. */
export const EveryFieldInvalid: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('UID'), 'usr 1');
    await userEvent.type(canvas.getByLabelText('Avatar'), 'javascript:alert(1)');
    await userEvent.type(canvas.getByLabelText('Link'), 'ftp://kevin.example');
    await userEvent.click(canvas.getByLabelText('Metadata'));
    await userEvent.paste('{"plan":');
    await userEvent.click(canvas.getByLabelText('Status message'));
    await userEvent.paste('x'.repeat(1001));
    await userEvent.click(canvas.getByLabelText('Tags'));
    await userEvent.paste('t'.repeat(101));
    await userEvent.keyboard('{Enter}');
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    const fields = ['UID', 'Name', 'Avatar', 'Link', 'Metadata', 'Status message', 'Tags'];
    for (const label of fields) {
      await waitFor(() => expect(canvas.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true'));
    }
    await expect(canvas.getByRole('alert')).toHaveTextContent('Fix the 7 highlighted fields.');
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};

export const CreateFilled: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('UID'), 'usr1');
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.type(canvas.getByLabelText('Tags'), 'beta{Enter}');
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ uid: 'usr1', name: 'Kevin', tags: ['beta'] }, expect.anything()),
    );
    await expect(canvas.getByRole('status')).toHaveTextContent('Your changes were saved.');
  },
};

export const KeyboardOnly: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.tab();
    await expect(canvas.getByLabelText('UID')).toHaveFocus();
    await userEvent.keyboard('usr1');
    await userEvent.tab();
    await userEvent.keyboard('Kevin');
    await userEvent.tab(); // Avatar
    await userEvent.tab(); // Link
    await userEvent.tab(); // Role
    await userEvent.tab(); // Metadata
    await userEvent.tab(); // Format JSON is disabled while empty: next is Status message
    await expect(canvas.getByLabelText('Status message')).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByLabelText('Tags')).toHaveFocus();
    await userEvent.keyboard('beta{Enter}');
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ uid: 'usr1', name: 'Kevin', tags: ['beta'] }, expect.anything()),
    );
  },
};

export const CreateUidRule: Story = {
  play: async ({ canvas, userEvent }) => {
    const uid = canvas.getByLabelText('UID');
    await userEvent.type(uid, 'usr 1');
    await userEvent.tab();
    await waitFor(() =>
      expect(uid).toHaveAccessibleDescription(
        expect.stringContaining(
          defaultMessages.uidCharacters({ field: 'uid', label: 'UID' }, userFields.uid.rule.charactersInWords),
        ),
      ),
    );
  },
};

export const CreateUidTaken: Story = {
  parameters: { profilekit: { users: [{ uid: 'kevin', name: 'Kevin' }] } },
  render: (args, context) => <UserForm {...args} mode="create" onSubmit={createWith(kitOf(context))} />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('UID'), 'Kevin');
    await userEvent.type(canvas.getByLabelText('Name'), 'Another Kevin');
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    const uid = canvas.getByLabelText('UID');
    await waitFor(() => expect(uid).toHaveAttribute('aria-invalid', 'true'));
    await expect(uid).toHaveAccessibleDescription(expect.stringContaining('The UID "Kevin" is already taken.'));
    await expect(uid).toHaveFocus();
    await expect(canvas.getByLabelText('Name')).toHaveValue('Another Kevin');
  },
};

export const CreateServerErrorOnRole: Story = {
  render: (args, context) => <UserForm {...args} mode="create" onSubmit={createWith(kitOf(context))} />,
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('UID'), 'usr2');
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.type(canvas.getByLabelText('Role'), 'galactic-emperor');
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    const role = canvas.getByLabelText('Role');
    await waitFor(() => expect(role).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByLabelText('UID')).not.toHaveAttribute('aria-invalid');
  },
};

export const CreateRateLimited: Story = {
  parameters: { profilekit: { emulator: { rateLimit: { requests: 1, windowMs: 60_000 } } } },
  render: (args, context) => <UserForm {...args} mode="create" onSubmit={createWith(kitOf(context))} />,
  play: async (context) => {
    const { canvas, userEvent } = context;
    const kit = kitOf(context);
    await kit.client.createUser({ uid: 'first', name: 'First' }, kit.emulator.authKey);
    await userEvent.type(canvas.getByLabelText('UID'), 'second');
    await userEvent.type(canvas.getByLabelText('Name'), 'Second');
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    await waitFor(() =>
      expect(canvas.getByRole('alert')).toHaveTextContent(/Too many requests\. Try again in \d+ s\./),
    );
    await expect(canvas.getByLabelText('UID')).toHaveValue('second');
  },
};

export const CreateSaving: Story = {
  args: { onSubmit: fn(() => new Promise(() => undefined)) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('UID'), 'usr1');
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.click(canvas.getByRole('button', { name: 'Create user' }));
    await waitFor(() =>
      expect(canvas.getByRole('button', { name: 'Saving…' })).toHaveAttribute('aria-disabled', 'true'),
    );
  },
};

export const UpdateFilled: Story = {
  args: { mode: 'update', user: kevin, roles: ['default', 'admin', 'moderator'] },
  play: async ({ canvas, userEvent, args }) => {
    const uid = canvas.getByLabelText('UID');
    await expect(uid).toHaveAttribute('readonly');
    await expect(canvas.getByLabelText('Role')).toHaveValue('admin');
    await expect(canvas.getByRole('img', { name: 'Avatar preview' })).toHaveAttribute('src', kevin.avatar);
    await userEvent.selectOptions(canvas.getByLabelText('Role'), 'moderator');
    await userEvent.click(canvas.getByRole('button', { name: 'Remove tag beta' }));
    await userEvent.clear(canvas.getByLabelText('Link'));
    await userEvent.click(canvas.getByRole('button', { name: 'Save changes' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith(
        { uid: 'kevin', role: 'moderator', tags: ['staff'], unset: ['link'] },
        expect.anything(),
      ),
    );
  },
};

export const UpdateReadOnlyFacts: Story = {
  args: { mode: 'update', user: { ...kevin, blockedByMe: true, hasBlockedMe: false } },
  play: async ({ canvasElement, canvas, userEvent }) => {
    const facts = canvasElement.querySelector('dl') as HTMLElement;
    await expect(facts).toHaveTextContent('Online');
    await expect(facts).toHaveTextContent(/\d+ minutes ago/);
    await userEvent.hover(facts.querySelector('time') as HTMLElement);
    await expect(facts.querySelector('time')).toHaveAttribute('title');
    await expect(facts).toHaveTextContent('You blocked this user');
    await expect(canvas.queryByLabelText('Status')).toBeNull();
  },
};

export const CurrentMode: Story = {
  args: { mode: 'updateCurrent', user: kevin },
  play: async ({ canvas, userEvent, args }) => {
    await expect(canvas.getByLabelText('UID')).toHaveAttribute('readonly');
    const role = canvas.getByLabelText('Role');
    await expect(role).toHaveAttribute('readonly');
    await expect(role).toHaveAccessibleDescription('Only an administrator can change your role.');
    await userEvent.type(canvas.getByLabelText('Status message'), '!');
    await userEvent.click(canvas.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(args.onSubmit).toHaveBeenCalledWith({ statusMessage: 'Shipping forms!' }, expect.anything()),
    );
  },
};

const lightBorder = 'rgb(138, 145, 160)';
const darkBorder = 'rgb(107, 114, 130)';
const borderOfName = (form: HTMLElement) =>
  getComputedStyle(form.querySelector('input[name="name"]') as HTMLElement).borderTopColor;

export const Dark: Story = {
  args: { mode: 'update', user: kevin, theme: 'dark' },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form') as HTMLElement;
    await expect(form).toHaveAttribute('data-theme', 'dark');
    await expect(getComputedStyle(form).colorScheme).toBe('dark');
    await expect(borderOfName(form)).toBe(darkBorder);
  },
};

export const FollowsTheHostPage: Story = {
  args: { mode: 'update', user: kevin },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form') as HTMLElement;
    const html = document.documentElement;
    await expect(form).not.toHaveAttribute('data-theme');
    // Starts from a page that declares nothing (Storybook's dark mode declares both), and leaves the page as it was.
    const page = { theme: html.dataset.theme, colorScheme: html.style.colorScheme };
    delete html.dataset.theme;
    html.style.colorScheme = '';
    try {
      // A page that declares nothing gets a light form, whatever the OS prefers; a page's own color-scheme is not
      // read (light-dark() cannot survive Lightning CSS), its <html data-theme> is.
      await expect(getComputedStyle(form).colorScheme).toBe('light');
      await expect(borderOfName(form)).toBe(lightBorder);
      html.style.colorScheme = 'dark';
      await expect(borderOfName(form)).toBe(lightBorder);
      html.style.colorScheme = '';
      html.dataset.theme = 'dark';
      await expect(getComputedStyle(form).colorScheme).toBe('dark');
      await expect(borderOfName(form)).toBe(darkBorder);
      delete html.dataset.theme;
      await expect(borderOfName(form)).toBe(lightBorder);
    } finally {
      if (page.theme === undefined) delete html.dataset.theme;
      else html.dataset.theme = page.theme;
      html.style.colorScheme = page.colorScheme;
    }
  },
};

export const FollowsTheSystem: Story = {
  args: { mode: 'update', user: kevin, theme: 'system' },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form') as HTMLElement;
    await expect(getComputedStyle(form).colorScheme).toBe('light dark');
    const osDark = matchMedia('(prefers-color-scheme: dark)').matches;
    await expect(borderOfName(form)).toBe(osDark ? darkBorder : lightBorder);
  },
};

export const Unstyled: Story = {
  args: { mode: 'update', user: kevin, unstyled: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[class*="pk-"]')).toBeNull();
  },
};

export const CustomMessages: Story = {
  args: {
    mode: 'create',
    messages: { labels: { uid: 'Benutzer-ID', name: 'Anzeigename' }, submitCreate: 'Anlegen' },
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Benutzer-ID'), 'a b');
    await userEvent.click(canvas.getByRole('button', { name: 'Anlegen' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Anzeigename')).toHaveAccessibleDescription('Anzeigename is required'),
    );
    await expect(canvas.getByLabelText('Benutzer-ID')).toHaveAccessibleDescription(
      expect.stringContaining(
        defaultMessages.uidCharacters({ field: 'uid', label: 'Benutzer-ID' }, userFields.uid.rule.charactersInWords),
      ),
    );
  },
};

export const HostileStrings: Story = {
  args: { mode: 'update', user: hostileUser },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(canvasElement.querySelector('a')).toBeNull();
    await expect(canvasElement.querySelector('script')).toBeNull();
    await expect(canvas.getByLabelText('Name')).toHaveValue(hostileUser.name);
    await expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  },
};

export const LongStrings: Story = {
  args: { mode: 'update', user: longUser },
  play: async ({ canvasElement, canvas }) => {
    const form = canvasElement.querySelector('form') as HTMLElement;
    await expect(form.scrollWidth).toBeLessThanOrEqual(form.clientWidth + 1);
    await expect(canvas.getByText('25 of 25 tags')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Add tag' })).toBeDisabled();
  },
};
