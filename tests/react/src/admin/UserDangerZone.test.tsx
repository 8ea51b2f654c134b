import '@testing-library/jest-dom/vitest';
import type { UserPage } from '@profilekit/core';
import type { UserFormMessagesInput } from '@profilekit/react';
import { UserDangerZone, UserForm, useUser, useUsers } from '@profilekit/react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdminHarness } from '../adminHarness';

afterEach(cleanup);

type Harness = ReturnType<typeof createAdminHarness>;

const uidsOf = (page: UserPage | undefined) => page?.users.map((user) => user.uid).join(',');

/** An admin screen: the list of active users and the danger zone of one of them, as a page would load them. */
function AdminScreen(props: {
  uid: string;
  onDeleted?: (uid: string, permanent: boolean) => void;
  messages?: UserFormMessagesInput;
}) {
  const { data: user } = useUser({ uid: props.uid });
  const { data: page } = useUsers({});
  return (
    <>
      <output aria-label="Active users">{uidsOf(page)}</output>
      {user && <UserDangerZone user={user} onDeleted={props.onDeleted} messages={props.messages} />}
    </>
  );
}

async function renderZone(h: Harness, props: Partial<Parameters<typeof AdminScreen>[0]> = {}) {
  await h.client.createUser({ uid: 'alice', name: 'Alice' });
  await h.client.createUser({ uid: 'bob', name: 'Bob' });
  render(<AdminScreen uid="alice" {...props} />, { wrapper: h.wrapper });
  const zone = await screen.findByRole('region', { name: 'Danger zone' });
  await waitFor(() => expect(screen.getByLabelText('Active users')).toHaveTextContent('alice,bob'));
  return zone;
}

const isDeactivated = async (h: Harness, uid: string) =>
  (await h.client.listUsers({ onlyDeactivated: true })).users.some((user) => user.uid === uid);

describe('UserDangerZone', { timeout: 20_000 }, () => {
  it('deactivates and reactivates, keeping focus on the button and announcing each result', async () => {
    const h = createAdminHarness();
    const user = userEvent.setup();
    const zone = await renderZone(h);
    expect(within(zone).getByText('This user is active.')).toBeVisible();
    const deactivate = within(zone).getByRole('button', { name: 'Deactivate user' });
    expect(deactivate).toHaveAccessibleDescription(/cannot log in until you reactivate/);
    await user.click(deactivate);
    await waitFor(() => expect(within(zone).getByRole('status')).toHaveTextContent('alice was deactivated.'));
    expect(screen.getByLabelText('Active users')).toHaveTextContent(/^bob$/);
    const reactivate = within(zone).getByRole('button', { name: 'Reactivate user' });
    expect(reactivate).toHaveFocus();
    expect(within(zone).getByText(/This user is deactivated/)).toBeVisible();
    expect(await isDeactivated(h, 'alice')).toBe(true);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(within(zone).getByRole('status')).toHaveTextContent('alice was reactivated.'));
    expect(within(zone).getByRole('button', { name: 'Deactivate user' })).toHaveFocus();
    await waitFor(() => expect(screen.getByLabelText('Active users')).toHaveTextContent('alice,bob'));
    expect(await isDeactivated(h, 'alice')).toBe(false);
  });

  it('asks to type the uid in a labelled dialog, explains permanent, and gives focus back on Escape', async () => {
    const h = createAdminHarness();
    const user = userEvent.setup();
    const zone = await renderZone(h);
    const deleteButton = within(zone).getByRole('button', { name: 'Delete user' });
    await user.click(deleteButton);
    const dialog = screen.getByRole('alertdialog', { name: 'Delete Alice?' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription(/can no longer log in/);
    const typed = within(dialog).getByLabelText('Type the UID "alice" to confirm');
    expect(typed).toHaveFocus();
    const permanent = within(dialog).getByRole('checkbox', { name: 'Delete permanently' });
    expect(permanent).not.toBeChecked();
    expect(permanent).toHaveAccessibleDescription(/frees the UID "alice".*Without this, .*the UID stays taken/);
    const confirm = within(dialog).getByRole('button', { name: 'Delete alice' });
    expect(confirm).toBeDisabled();
    await user.type(typed, 'alic');
    expect(confirm).toBeDisabled();
    await user.tab();
    expect(permanent).toHaveFocus();
    await user.tab();
    await user.tab(); // past Cancel (the confirm button is disabled): back to the input, focus stays inside
    expect(typed).toHaveFocus();
    await user.tab({ shift: true });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(deleteButton).toHaveFocus();
    expect(await h.sent('DELETE', '/users/alice')).toEqual([]);
  });

  it('soft delete: announced, the user leaves the list, the uid stays taken', async () => {
    const h = createAdminHarness();
    const user = userEvent.setup();
    const onDeleted = vi.fn();
    const zone = await renderZone(h, { onDeleted });
    await user.click(within(zone).getByRole('button', { name: 'Delete user' }));
    await user.type(screen.getByLabelText('Type the UID "alice" to confirm'), 'ALICE{Enter}');
    await waitFor(() =>
      expect(within(zone).getByRole('status')).toHaveTextContent('alice was deleted. The UID stays taken.'),
    );
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(within(zone).getByRole('heading', { name: 'Danger zone' })).toHaveFocus();
    expect(screen.getByLabelText('Active users')).toHaveTextContent(/^bob$/);
    expect(onDeleted).toHaveBeenCalledWith('alice', false);
    expect(await h.sent('DELETE', '/users/alice')).toEqual([{ permanent: false }]);
    await expect(h.client.createUser({ uid: 'alice', name: 'New' })).rejects.toMatchObject({
      code: 'ERR_UID_ALREADY_EXISTS',
    });
  });

  it('permanent delete: the confirm button says so, and the uid is free afterwards', async () => {
    const h = createAdminHarness();
    const user = userEvent.setup();
    const onDeleted = vi.fn();
    const zone = await renderZone(h, { onDeleted });
    await user.click(within(zone).getByRole('button', { name: 'Delete user' }));
    await user.type(screen.getByLabelText('Type the UID "alice" to confirm'), 'alice');
    await user.click(screen.getByRole('checkbox', { name: 'Delete permanently' }));
    await user.click(screen.getByRole('button', { name: 'Delete alice permanently' }));
    await waitFor(() => expect(onDeleted).toHaveBeenCalledWith('alice', true));
    expect(within(zone).getByRole('status')).toHaveTextContent('alice was deleted permanently. The UID is free again.');
    expect(screen.getByLabelText('Active users')).toHaveTextContent(/^bob$/);
    await expect(h.client.createUser({ uid: 'alice', name: 'New' })).resolves.toMatchObject({ uid: 'alice' });
  });

  it('announces a refusal as an alert, gives focus back, and the user stays', async () => {
    const h = createAdminHarness({ refuseAdminOperations: true });
    const user = userEvent.setup();
    const zone = await renderZone(h);
    const deleteButton = within(zone).getByRole('button', { name: 'Delete user' });
    await user.click(deleteButton);
    await user.type(screen.getByLabelText('Type the UID "alice" to confirm'), 'alice{Enter}');
    await waitFor(() => expect(within(zone).getByRole('alert')).toHaveTextContent(/^That did not work: /));
    expect(deleteButton).toHaveFocus();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Active users')).toHaveTextContent('alice,bob'));
    expect(within(zone).getByRole('status')).toHaveTextContent('');
  });

  it('takes every string from the messages', async () => {
    const h = createAdminHarness();
    const user = userEvent.setup();
    const messages: UserFormMessagesInput = {
      dangerZone: 'Gefahrenzone',
      deactivateUser: 'Benutzer deaktivieren',
      deleteUser: 'Benutzer löschen',
      deleteDialogTitle: (name) => `${name} löschen?`,
      confirmUidLabel: (uid) => `Zur Bestätigung „${uid}“ eingeben`,
      deletePermanently: 'Endgültig löschen',
    };
    await h.client.createUser({ uid: 'alice', name: 'Alice' });
    render(<AdminScreen uid="alice" messages={messages} />, { wrapper: h.wrapper });
    const zone = await screen.findByRole('region', { name: 'Gefahrenzone' });
    expect(within(zone).getByRole('button', { name: 'Benutzer deaktivieren' })).toBeVisible();
    await user.click(within(zone).getByRole('button', { name: 'Benutzer löschen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Alice löschen?' });
    expect(within(dialog).getByLabelText('Zur Bestätigung „alice“ eingeben')).toHaveFocus();
    expect(within(dialog).getByRole('checkbox', { name: 'Endgültig löschen' })).toBeVisible();
  });
});

describe('UserForm with dangerZone', () => {
  it('shows the danger zone below an update form, and not on create', async () => {
    const h = createAdminHarness();
    const alice = await h.client.createUser({ uid: 'alice', name: 'Alice' });
    const zoneOf = <UserDangerZone user={alice} />;
    const { rerender } = render(
      <UserForm mode="update" user={alice} onSubmit={() => undefined} dangerZone={zoneOf} />,
      { wrapper: h.wrapper },
    );
    const zone = screen.getByRole('region', { name: 'Danger zone' });
    expect(zone.closest('form')).toBeNull();
    expect(within(zone).getByRole('button', { name: 'Delete user' })).toBeVisible();
    rerender(<UserForm mode="create" onSubmit={() => undefined} dangerZone={zoneOf} />);
    expect(screen.queryByRole('region', { name: 'Danger zone' })).not.toBeInTheDocument();
  });
});
