import '@testing-library/jest-dom/vitest';
import { type CreateUserInput, createHttpClient } from '@profilekit/core';
import { SignupFlow } from '@profilekit/react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdminHarness } from '../adminHarness';
import { BASE_URL, createHarness } from '../harness';

afterEach(cleanup);

const stepStatus = (name: string) => {
  const item = within(screen.getByRole('list', { name: 'Sign-up progress' }))
    .getByText(name)
    .closest('li') as HTMLElement;
  return item.getAttribute('data-status');
};

describe('SignupFlow', () => {
  it("shows what the policy table's signup column lets a new person set, name first, and never a role", () => {
    const h = createHarness();
    const { container, unmount } = render(<SignupFlow />, { wrapper: h.wrapper });
    const names = [...container.querySelectorAll('[name]')].map((input) => input.getAttribute('name'));
    expect(names.slice(0, 2)).toEqual(['name', 'uid']);
    expect(names).toEqual(expect.arrayContaining(['avatar', 'link', 'statusMessage']));
    expect(screen.queryByLabelText('Role')).not.toBeInTheDocument();
    unmount();
    // Asked for by name, Role stays hidden: the signup column has none (a create form would show it).
    render(<SignupFlow fields={['name', 'uid', 'role']} />, { wrapper: h.wrapper });
    expect(screen.getByLabelText('UID')).toBeInTheDocument();
    expect(screen.queryByLabelText('Role')).not.toBeInTheDocument();
  });

  it('registers, creates the CometChat user with the Auth Key, logs in; each step visible', async () => {
    const h = createHarness();
    const registered: CreateUserInput[] = [];
    const user = userEvent.setup();
    render(<SignupFlow onRegister={(input) => void registered.push(input)} />, { wrapper: h.wrapper });
    expect(stepStatus('Your details')).toBe('running');
    await user.type(screen.getByLabelText('Name'), 'Zoë O’Brien');
    // The suggestion follows the Name a frame later (the key's own frame shows the key only).
    await user.click(await screen.findByRole('button', { name: 'Use suggestion' }));
    expect(screen.getByLabelText('UID')).toHaveValue('zoe-o-brien');
    // A UID of one's own ends the suggestion; an empty one brings it back.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Use suggestion' })).not.toBeInTheDocument());
    await user.clear(screen.getByLabelText('UID'));
    await waitFor(() =>
      expect(screen.getByLabelText('UID')).toHaveAccessibleDescription(
        expect.stringContaining('Suggested: zoe-o-brien'),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Use suggestion' }));
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(await screen.findByText('Welcome, Zoë O’Brien! You are signed up and logged in.')).toBeInTheDocument();
    expect(registered).toEqual([{ uid: 'zoe-o-brien', name: 'Zoë O’Brien' }]);
    for (const step of ['Your details', 'Create your account', 'Create chat user', 'Log in']) {
      expect(stepStatus(step)).toBe('done');
    }
    expect(await h.client.getLoggedInUser()).toMatchObject({ uid: 'zoe-o-brien', status: 'online' });
  });

  it('skips creating the user when your backend returns an auth token', async () => {
    const h = createHarness();
    const user = userEvent.setup();
    const onRegister = async (input: CreateUserInput) => {
      const response = await h.admin('POST', '/users', { ...input, withAuthToken: true });
      return { authToken: ((await response.json()) as { data: { authToken: string } }).data.authToken };
    };
    render(<SignupFlow onRegister={onRegister} checkUidAvailability={false} />, { wrapper: h.wrapper });
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.type(screen.getByLabelText('UID'), 'kevin');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByText(/Welcome, Kevin/);
    expect(stepStatus('Create chat user')).toBe('skipped');
    expect(await h.sent('POST', '/users')).toHaveLength(0);
  });

  it('retries a failed step without retyping and without repeating finished steps', async () => {
    const h = createHarness();
    let calls = 0;
    const user = userEvent.setup();
    const onRegister = () => {
      calls += 1;
      if (calls === 1) throw new Error('Your database is down');
    };
    render(<SignupFlow onRegister={onRegister} checkUidAvailability={false} />, { wrapper: h.wrapper });
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.type(screen.getByLabelText('UID'), 'kevin');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(stepStatus('Create your account')).toBe('failed'));
    expect(screen.getByRole('alert')).toHaveTextContent('Your database is down');
    expect(screen.getByLabelText('Name')).toHaveValue('Kevin');
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await screen.findByText(/Welcome, Kevin/);
    expect(calls).toBe(2);
    expect((await h.sent('POST', '/users')).filter((body) => body && 'name' in body)).toHaveLength(1);
  });

  it('checks availability as you type where the client can read users, and puts a taken uid on the UID field', async () => {
    const h = createHarness();
    await h.client.createUser({ uid: 'kevin', name: 'Kevin' }, h.emulator.authKey);
    await h.client.createUser({ uid: 'admin1', name: 'Admin' }, h.emulator.authKey);
    await h.client.login('admin1', h.emulator.authKey); // an admin signing someone up: a session can read users
    const user = userEvent.setup();
    render(<SignupFlow onRegister={() => undefined} />, { wrapper: h.wrapper });
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.type(screen.getByLabelText('UID'), 'kevin');
    const uid = screen.getByLabelText('UID');
    await waitFor(() => expect(uid).toHaveAccessibleDescription(expect.stringContaining('"kevin" is already taken.')));
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(uid).toHaveAttribute('aria-invalid', 'true'));
    expect(stepStatus('Create chat user')).toBe('failed');
    await user.clear(uid);
    await user.type(uid, 'kevin2');
    await waitFor(() => expect(uid).toHaveAccessibleDescription(expect.stringContaining('"kevin2" is available.')));
  });

  it('uses your own availability check when given one', async () => {
    const h = createHarness();
    const asked: string[] = [];
    const check = async (uid: string) => {
      asked.push(uid);
      return uid !== 'taken';
    };
    const user = userEvent.setup();
    render(<SignupFlow onRegister={() => undefined} checkUidAvailability={check} />, { wrapper: h.wrapper });
    const uid = screen.getByLabelText('UID');
    await user.type(uid, 'taken');
    await waitFor(() => expect(uid).toHaveAccessibleDescription(expect.stringContaining('"taken" is already taken.')));
    expect(asked).toEqual(['taken']); // debounced: one check for five keystrokes
  });

  it('signs up through your backend when onRegister is left out: no role, one user, logged in with its token', async () => {
    const h = createAdminHarness();
    await h.client.createUser({ uid: 'kevin', name: 'Kevin' });
    const user = userEvent.setup();
    render(<SignupFlow />, { wrapper: h.wrapper });
    const uid = screen.getByLabelText('UID');
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.type(uid, 'kevin');
    // Nobody is logged in: the availability check is the backend's, which may read every user.
    await waitFor(() => expect(uid).toHaveAccessibleDescription(expect.stringContaining('"kevin" is already taken.')));
    await user.clear(uid);
    await user.type(uid, 'kevin-b');
    await waitFor(() => expect(uid).toHaveAccessibleDescription(expect.stringContaining('"kevin-b" is available.')));
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByText('Welcome, Kevin! You are signed up and logged in.');
    expect(stepStatus('Create your account')).toBe('done');
    expect(stepStatus('Create chat user')).toBe('skipped');
    expect(await h.client.getUser('kevin-b')).toMatchObject({ uid: 'kevin-b', name: 'Kevin', role: 'default' });
    const creates = (await h.sent('POST', '/users')).filter((body) => body && 'name' in body);
    expect(creates).toEqual([
      { uid: 'kevin', name: 'Kevin' },
      { uid: 'kevin-b', name: 'Kevin' },
    ]); // no role sent
  });

  it('without onRegister, a client with no backend fails the register step with an error that says what to pass', async () => {
    const h = createHarness();
    const user = userEvent.setup();
    render(<SignupFlow checkUidAvailability={false} />, { wrapper: h.wrapper });
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.type(screen.getByLabelText('UID'), 'kevin');
    await user.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(stepStatus('Create your account')).toBe('failed'));
    expect(screen.getByRole('alert')).toHaveTextContent(/needs a client with signup\(request\).*createBackendClient/);
    expect(screen.getByLabelText('Name')).toHaveValue('Kevin');
    expect(await h.sent('POST', '/users')).toHaveLength(0);
  });

  it('with neither a backend nor an Auth Key (a production build), says what is missing and how to fix it, on screen and once in the console', async () => {
    const h = createHarness((_emulator, fetch) => createHttpClient({ baseUrl: BASE_URL }, { fetch }));
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const user = userEvent.setup();
      render(<SignupFlow onRegister={() => {}} checkUidAvailability={false} />, { wrapper: h.wrapper });
      await user.type(screen.getByLabelText('Name'), 'Kevin');
      await user.type(screen.getByLabelText('UID'), 'kevin');
      await user.click(screen.getByRole('button', { name: 'Sign up' }));
      await waitFor(() => expect(stepStatus('Create chat user')).toBe('failed'));
      const shown = 'Sign-up is not set up: no backend and no Auth Key to create chat users.';
      expect(screen.getByRole('alert')).toHaveTextContent(shown);
      expect(screen.queryByText('This app is misconfigured.')).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Retry' }));
      await waitFor(() => expect(stepStatus('Create chat user')).toBe('failed'));
      const logged = consoleError.mock.calls
        .map((call) => String(call[0]))
        .filter((line) => line.includes('SignupFlow'));
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatch(/AUTH_ERR_EMPTY_APIKEY.*withBackend\(client, createBackendClient.*withDevAuthKey/);
    } finally {
      consoleError.mockRestore();
    }
  });
});
