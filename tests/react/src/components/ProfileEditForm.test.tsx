import '@testing-library/jest-dom/vitest';
import { ProfileEditForm } from '@profilekit/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../harness';

afterEach(cleanup);

async function loggedIn() {
  const h = createHarness();
  await h.client.createUser(
    { uid: 'usr1', name: 'Kevin', role: 'admin', avatar: 'https://img.example/k.png', tags: ['beta'] },
    h.emulator.authKey,
  );
  await h.client.login('usr1', h.emulator.authKey);
  return h;
}

describe('ProfileEditForm (current mode)', () => {
  it('shows UID and Role read-only; neither can be edited nor appears in a request', async () => {
    const h = await loggedIn();
    const user = userEvent.setup();
    render(<ProfileEditForm />, { wrapper: h.wrapper });
    const uid = await screen.findByLabelText('UID');
    const role = screen.getByLabelText('Role');
    expect(uid).toHaveAttribute('readonly');
    expect(role).toHaveAttribute('readonly');
    expect(role).toHaveValue('admin');
    expect(role).toHaveAccessibleDescription('Only an administrator can change your role.');
    await user.type(role, 'default');
    await user.type(uid, 'x');
    expect(role).toHaveValue('admin');
    expect(uid).toHaveValue('usr1');
    await user.type(screen.getByLabelText('Name'), ' B.');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your changes were saved.'));
    const bodies = (await h.sent('PUT', '/me')).filter((body) => body && 'name' in body);
    expect(bodies).toEqual([{ name: 'Kevin B.' }]);
    expect(JSON.stringify(bodies)).not.toMatch(/role|uid|status|lastActiveAt/);
  });

  it('shows Status and Last active as read-only facts', async () => {
    const h = await loggedIn();
    render(<ProfileEditForm />, { wrapper: h.wrapper });
    expect(await screen.findByText('Online')).toBeInTheDocument();
    expect(screen.getByText('Last active')).toBeInTheDocument();
    const lastActive = document.querySelector('time[datetime]') as HTMLElement;
    expect(lastActive).not.toHaveAttribute('title'); // the full date is formatted only when its tooltip may show
    await userEvent.setup().hover(lastActive);
    expect(lastActive.title).toMatch(/\d{4}/);
    expect(screen.queryByLabelText('Status')).toBeNull();
  });

  it('saves only what changed: clearing the avatar clears it (sent as the SDK does); reset restores the loaded values', async () => {
    const h = await loggedIn();
    const user = userEvent.setup();
    render(<ProfileEditForm />, { wrapper: h.wrapper });
    const avatar = await screen.findByLabelText('Avatar');
    await user.clear(avatar);
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(avatar).toHaveValue('https://img.example/k.png');
    await user.clear(avatar);
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your changes were saved.'));
    // The logged-in user's update clears a field the way the official SDK does: an emptied value, never `unset`.
    const bodies = (await h.sent('PUT', '/me')).filter((body) => body && !('platform' in body));
    expect(bodies).toEqual([{ avatar: '' }]);
    expect((await h.client.getLoggedInUser())?.avatar).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Reset' })).toBeDisabled();
  });

  it('announces that nothing changed instead of sending an empty update', async () => {
    const h = await loggedIn();
    const user = userEvent.setup();
    render(<ProfileEditForm />, { wrapper: h.wrapper });
    await user.click(await screen.findByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Nothing changed'));
    expect(await h.sent('PUT', '/me')).toHaveLength(1); // only the login
  });

  it('warns before leaving with unsaved changes', async () => {
    const h = await loggedIn();
    const user = userEvent.setup();
    render(<ProfileEditForm />, { wrapper: h.wrapper });
    const leave = () => window.dispatchEvent(new Event('beforeunload', { cancelable: true }));
    await screen.findByLabelText('Name');
    expect(leave()).toBe(true);
    await user.type(screen.getByLabelText('Name'), '!');
    await waitFor(() => expect(leave()).toBe(false));
  });

  it('says when nobody is logged in', async () => {
    const h = createHarness();
    render(<ProfileEditForm />, { wrapper: h.wrapper });
    expect(await screen.findByText('Nobody is logged in.')).toBeInTheDocument();
  });
});

describe('ProfileEditForm at mount', () => {
  it('renders each field once: the form is not committed a second time before its first paint', async () => {
    const h = await loggedIn();
    const phases: Record<string, string[]> = {};
    render(
      <ProfileEditForm
        renderField={(name, element) => (
          <Profiler
            id={name}
            onRender={(id, phase) => phases[id]?.push(phase) ?? Object.assign(phases, { [id]: [phase] })}
          >
            {element}
          </Profiler>
        )}
      />,
      { wrapper: h.wrapper },
    );
    await screen.findByLabelText('Name');
    await new Promise((settled) => setTimeout(settled, 100)); // every effect of the mount has run
    expect(Object.keys(phases).sort()).toEqual(
      ['uid', 'name', 'avatar', 'link', 'role', 'metadata', 'statusMessage', 'tags'].sort(),
    );
    for (const [field, seen] of Object.entries(phases)) expect({ field, seen }).toEqual({ field, seen: ['mount'] });
  });

  it('commits the form once before its first paint: no update from a layout effect (react-hook-form ready state)', async () => {
    const h = await loggedIn();
    const commits: { phase: string; formShown: boolean }[] = [];
    render(
      <Profiler
        id="form"
        onRender={(_id, phase) =>
          commits.push({ phase, formShown: document.querySelector('input[name="name"]') !== null })
        }
      >
        <ProfileEditForm />
      </Profiler>,
      { wrapper: h.wrapper },
    );
    await screen.findByLabelText('Name');
    await new Promise((settled) => setTimeout(settled, 100)); // every effect of the mount has run
    const first = commits.findIndex((commit) => commit.formShown);
    expect(first).toBeGreaterThanOrEqual(0);
    // A state update in a layout effect is rendered synchronously, before paint: React calls it a nested update.
    expect(commits.slice(first).map((commit) => commit.phase)).not.toContain('nested-update');
  });
});
