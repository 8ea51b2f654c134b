import '@testing-library/jest-dom/vitest';
import { defaultMessages, type User, userFields } from '@profilekit/core';
import { UserForm } from '@profilekit/react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness } from '../harness';

afterEach(cleanup);

const admin = (uid: string, name = 'Kevin'): User => ({
  uid,
  name,
  role: 'admin',
  status: 'online',
  lastActiveAt: 1_700_000_000,
  tags: ['beta'],
});

function renderCreateForm(h: ReturnType<typeof createHarness>) {
  return render(<UserForm mode="create" onSubmit={(input) => h.client.createUser(input, h.emulator.authKey)} />, {
    wrapper: h.wrapper,
  });
}

describe('UserForm in create mode', () => {
  it.each(['usr 1', 'usr!'])('shows the UID rule for %j and sends nothing', async (uid) => {
    const h = createHarness();
    const user = userEvent.setup();
    renderCreateForm(h);
    await user.type(screen.getByLabelText('UID'), uid);
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    const uidInput = screen.getByLabelText('UID');
    await waitFor(() => expect(uidInput).toHaveAttribute('aria-invalid', 'true'));
    expect(uidInput).toHaveAccessibleDescription(
      expect.stringContaining(
        defaultMessages.uidCharacters({ field: 'uid', label: 'UID' }, userFields.uid.rule.charactersInWords),
      ),
    );
    expect(uidInput).toHaveFocus();
    expect(uidInput).toHaveValue(uid);
    expect(await h.sent('POST', '/users')).toEqual([]);
  });

  it('refuses a javascript: link with a message and never renders it as an href', async () => {
    const h = createHarness();
    const user = userEvent.setup();
    const { container } = renderCreateForm(h);
    await user.type(screen.getByLabelText('UID'), 'usr1');
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.type(screen.getByLabelText('Link'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    const link = screen.getByLabelText('Link');
    await waitFor(() =>
      expect(link).toHaveAccessibleDescription(defaultMessages.notHttpUrl({ field: 'link', label: 'Link' })),
    );
    expect(link).toHaveFocus();
    expect(container.querySelector('a[href^="javascript"]')).toBeNull();
    expect(await h.sent('POST', '/users')).toEqual([]);
  });

  it('puts the server’s ERR_UID_ALREADY_EXISTS on the UID field and keeps what was typed', async () => {
    const h = createHarness();
    await h.client.createUser({ uid: 'usr1', name: 'First' }, h.emulator.authKey);
    const user = userEvent.setup();
    renderCreateForm(h);
    await user.type(screen.getByLabelText('UID'), 'USR1');
    await user.type(screen.getByLabelText('Name'), 'Second');
    await user.type(screen.getByLabelText('Status message'), 'Hello');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    const uid = screen.getByLabelText('UID');
    await waitFor(() => expect(uid).toHaveAttribute('aria-invalid', 'true'));
    expect(uid).toHaveAccessibleDescription(expect.stringContaining('The UID "USR1" is already taken.'));
    expect(uid).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Fix the highlighted field.');
    expect(screen.getByLabelText('Name')).toHaveValue('Second');
    expect(screen.getByLabelText('Status message')).toHaveValue('Hello');
    expect(await h.sent('POST', '/users')).toHaveLength(2); // the seed, then the form's
  });

  it('puts a server-only rule (a role that does not exist) on the Role field', async () => {
    const h = createHarness();
    const user = userEvent.setup();
    renderCreateForm(h);
    await user.type(screen.getByLabelText('UID'), 'usr2');
    await user.type(screen.getByLabelText('Name'), 'Kevin');
    await user.type(screen.getByLabelText('Role'), 'no-such-role');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    const role = screen.getByLabelText('Role');
    await waitFor(() => expect(role).toHaveAttribute('aria-invalid', 'true'));
    expect(role).toHaveAccessibleDescription(expect.stringMatching(/role/i));
    expect(screen.getByLabelText('UID')).not.toHaveAttribute('aria-invalid');
  });

  it('lists only mounted messages in aria-describedby', async () => {
    const h = createHarness();
    const user = userEvent.setup();
    render(<UserForm mode="create" onSubmit={() => undefined} />, { wrapper: h.wrapper });
    const name = screen.getByLabelText('Name');
    expect(name).not.toHaveAttribute('aria-describedby');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(name).toHaveAttribute('aria-describedby'));
    for (const id of name.getAttribute('aria-describedby')?.split(' ') ?? []) {
      expect(document.getElementById(id)).not.toBeNull();
    }
    await user.type(name, 'Kevin');
    await waitFor(() => expect(name).not.toHaveAttribute('aria-describedby'));
    expect(name).not.toHaveAttribute('aria-invalid');
  });
});

describe('UserForm in update mode', () => {
  it('shows the UID read-only, cannot edit it, and sends only what changed', async () => {
    const h = createHarness();
    const loaded = await h.client.createUser(
      { uid: 'usr1', name: 'Kevin', role: 'admin', tags: ['beta'] },
      h.emulator.authKey,
    );
    const user = userEvent.setup();
    render(
      <UserForm mode="update" user={loaded} onSubmit={(change) => h.client.updateUser(change, h.emulator.authKey)} />,
      { wrapper: h.wrapper },
    );
    const uid = screen.getByLabelText('UID');
    expect(uid).toHaveAttribute('readonly');
    await user.type(uid, 'other');
    expect(uid).toHaveValue('usr1');
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Kev');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your changes were saved.'));
    expect(await h.sent('PUT', '/users/usr1')).toEqual([{ name: 'Kev' }]);
  });

  it('shows read-only facts and never sends them', async () => {
    const h = createHarness();
    const loaded = admin('usr1');
    await h.client.createUser({ uid: 'usr1', name: 'Kevin', role: 'admin', tags: ['beta'] }, h.emulator.authKey);
    const user = userEvent.setup();
    const { container } = render(
      <UserForm mode="update" user={loaded} onSubmit={(change) => h.client.updateUser(change, h.emulator.authKey)} />,
      { wrapper: h.wrapper },
    );
    const facts = container.querySelector('dl') as HTMLElement;
    expect(within(facts).getByText('Status')).toBeInTheDocument();
    expect(within(facts).getByText('Online')).toBeInTheDocument();
    const lastActive = within(facts).getByText((_, element) => element?.tagName === 'TIME');
    expect(lastActive).toHaveAttribute('dateTime', new Date(1_700_000_000_000).toISOString());
    await user.type(screen.getByLabelText('Status message'), 'Away');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your changes were saved.'));
    const [body] = await h.sent('PUT', '/users/usr1');
    expect(body).toEqual({ statusMessage: 'Away' });
  });
});

describe('the avatar preview', () => {
  it('shows the saved name’s initials until an http(s) image is given, never a script URL', async () => {
    const h = createHarness();
    const user = userEvent.setup();
    const { container } = render(
      <UserForm mode="update" user={admin('usr1', 'Kevin Flynn')} onSubmit={() => undefined} />,
      { wrapper: h.wrapper },
    );
    const preview = () => container.querySelector('.pk-avatar') as HTMLElement;
    expect(preview()).toHaveTextContent('KF');
    await user.type(screen.getByLabelText('Avatar'), 'javascript:alert(1)');
    expect(preview().querySelector('img')).toBeNull();
    expect(preview()).toHaveTextContent('KF');
    await user.clear(screen.getByLabelText('Avatar'));
    await user.type(screen.getByLabelText('Avatar'), 'https://img.example/kf.png');
    expect(preview().querySelector('img')).toHaveAttribute('src', 'https://img.example/kf.png');
  });
});

describe('UserForm on the server', () => {
  it('renders to a string with labels tied to their inputs (SSR-safe)', () => {
    const h = createHarness();
    const Wrapper = h.wrapper;
    const html = renderToString(
      <Wrapper>
        <UserForm mode="update" user={admin('usr1')} onSubmit={() => undefined} />
      </Wrapper>,
    );
    const page = new DOMParser().parseFromString(html, 'text/html');
    const uid = page.querySelector('[data-field="uid"] input') as HTMLInputElement;
    expect(page.querySelector(`label[for="${uid.id}"]`)?.textContent).toBe('UID');
    expect(uid.readOnly).toBe(true);
  });
});
