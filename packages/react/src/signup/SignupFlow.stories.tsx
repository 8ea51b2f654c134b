import type { CreateUserInput } from '@profilekit/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { kitOf, loadStoryKit, type StoryKit, withProfileKit } from '../../../../.storybook/kit/storyKit';
import { SignupFlow } from './SignupFlow';

const meta = {
  title: 'Forms/SignupFlow',
  component: SignupFlow,
  loaders: [loadStoryKit],
  decorators: [withProfileKit],
  args: { onRegister: fn(), onComplete: fn() },
} satisfies Meta<typeof SignupFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const stepStatus = (canvasElement: HTMLElement, step: string) =>
  canvasElement.querySelector(`[data-step="${step}"]`)?.getAttribute('data-status');

/** Your backend: creates the CometChat user with the REST API key and returns an auth token. */
const backendRegister = (kit: StoryKit) => async (user: CreateUserInput) => {
  const response = await kit.emulator.fetch(
    new Request('http://emulator.test/v3/users', {
      method: 'POST',
      headers: { apikey: kit.emulator.restApiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ ...user, withAuthToken: true }),
    }),
  );
  return { authToken: ((await response.json()) as { data: { authToken: string } }).data.authToken };
};

export const Empty: Story = {
  play: async ({ canvasElement, canvas }) => {
    await expect(stepStatus(canvasElement, 'details')).toBe('running');
    await expect(stepStatus(canvasElement, 'login')).toBe('pending');
    await expect(canvas.getByRole('button', { name: 'Sign up' })).toBeInTheDocument();
  },
};

export const SuggestedUid: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Name'), 'Zoë O’Brien');
    // The suggestion follows the Name a frame after the key.
    await expect(await canvas.findByText('Suggested: zoe-o-brien')).toBeInTheDocument();
    await userEvent.click(canvas.getByRole('button', { name: 'Use suggestion' }));
    await expect(canvas.getByLabelText('UID')).toHaveValue('zoe-o-brien');
    // The picture waits for the availability check to settle, never "Checking availability…" half the time.
    await waitFor(() => expect(canvas.queryByText('Checking availability…')).toBeNull(), { timeout: 5000 });
  },
};

export const Completed: Story = {
  play: async ({ canvasElement, canvas, userEvent, args }) => {
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.type(canvas.getByLabelText('UID'), 'kevin');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByText('Welcome, Kevin! You are signed up and logged in.')).toBeInTheDocument();
    await expect(args.onRegister).toHaveBeenCalledWith({ uid: 'kevin', name: 'Kevin' });
    await expect(args.onComplete).toHaveBeenCalledWith(expect.objectContaining({ uid: 'kevin', status: 'online' }));
    for (const step of ['details', 'register', 'createUser', 'login']) {
      await expect(stepStatus(canvasElement, step)).toBe('done');
    }
  },
};

export const BackendCreatesUser: Story = {
  render: (args, context) => <SignupFlow {...args} onRegister={backendRegister(kitOf(context))} />,
  play: async (context) => {
    const { canvasElement, canvas, userEvent } = context;
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.type(canvas.getByLabelText('UID'), 'kevin');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await canvas.findByText(/Welcome, Kevin/);
    await expect(stepStatus(canvasElement, 'createUser')).toBe('skipped');
    await expect(kitOf(context).sent.filter((request) => request.path === '/users')).toEqual([]);
  },
};

/** The register step failed: its error and Retry shown, the steps after it still pending (design review's state). */
export const FailedStep: Story = {
  args: { onRegister: fn(() => Promise.reject(new Error('Your database timed out'))), checkUidAvailability: false },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.type(canvas.getByLabelText('UID'), 'kevin');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(stepStatus(canvasElement, 'register')).toBe('failed'));
    const step = canvasElement.querySelector('[data-step="register"]') as HTMLElement;
    await expect(step).toHaveTextContent('Your database timed out');
    await expect(within(step).getByRole('button', { name: 'Retry' })).toBeVisible();
    await expect(stepStatus(canvasElement, 'login')).toBe('pending');
  },
};

export const FailedStepRetry: Story = {
  render: (args) => {
    let calls = 0;
    const onRegister = () => {
      calls += 1;
      if (calls === 1) throw new Error('Your database timed out');
    };
    return <SignupFlow {...args} onRegister={onRegister} checkUidAvailability={false} />;
  },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.type(canvas.getByLabelText('UID'), 'kevin');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(stepStatus(canvasElement, 'register')).toBe('failed'));
    const step = canvasElement.querySelector('[data-step="register"]') as HTMLElement;
    await expect(step).toHaveTextContent('Your database timed out');
    await userEvent.click(within(step).getByRole('button', { name: 'Retry' }));
    await canvas.findByText(/Welcome, Kevin/);
  },
};

export const UidTaken: Story = {
  parameters: { profilekit: { users: [{ uid: 'kevin', name: 'Kevin' }] } },
  play: async ({ canvasElement, canvas, userEvent }) => {
    await userEvent.type(canvas.getByLabelText('Name'), 'Kevin');
    await userEvent.type(canvas.getByLabelText('UID'), 'kevin');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const uid = canvas.getByLabelText('UID');
    await waitFor(() => expect(uid).toHaveAttribute('aria-invalid', 'true'));
    await expect(uid).toHaveAccessibleDescription(expect.stringContaining('The UID "kevin" is already taken.'));
    await expect(stepStatus(canvasElement, 'createUser')).toBe('failed');
  },
};

export const UidAvailability: Story = {
  parameters: {
    profilekit: {
      users: [
        { uid: 'kevin', name: 'Kevin' },
        { uid: 'admin1', name: 'Admin' },
      ],
      loginAs: 'admin1',
    },
  },
  play: async ({ canvas, userEvent }) => {
    const uid = canvas.getByLabelText('UID');
    await userEvent.type(uid, 'kevin');
    await waitFor(() => expect(uid).toHaveAccessibleDescription(expect.stringContaining('"kevin" is already taken.')));
    await userEvent.type(uid, '2');
    await waitFor(() => expect(uid).toHaveAccessibleDescription(expect.stringContaining('"kevin2" is available.')));
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-theme', 'dark');
  },
};

export const Unstyled: Story = {
  args: { unstyled: true },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[class*="pk-"]')).toBeNull();
  },
};
