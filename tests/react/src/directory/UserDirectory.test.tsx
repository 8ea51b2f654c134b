import '@testing-library/jest-dom/vitest';
import type { AdminUserClient } from '@profilekit/core';
import { memoryRouter, UserDirectory } from '@profilekit/react/directory';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdminHarness } from '../adminHarness';

afterEach(cleanup);

type Harness = ReturnType<typeof createAdminHarness>;

async function renderDirectory(h: Harness, router = memoryRouter()) {
  for (const [uid, name] of [
    ['alice', 'Alice'],
    ['bob', 'Bob'],
    ['carol', 'Carol'],
    ['dave', 'Dave'],
  ] as const)
    await h.client.createUser({ uid, name });
  render(<UserDirectory router={router} roles={['default', 'moderator']} />, { wrapper: h.wrapper });
  await screen.findByRole('button', { name: 'Edit Alice (alice)' });
  return router;
}

const tagsOf = async (h: Harness, uid: string) => (await h.client.getUser(uid)).tags ?? [];

describe('UserDirectory', { timeout: 30_000 }, () => {
  it('a partial bulk failure lists each user it could not change, and changes the others', async () => {
    const h = createAdminHarness();
    const user = userEvent.setup();
    await renderDirectory(h);
    await user.click(screen.getByRole('checkbox', { name: 'Select Alice' }));
    await user.keyboard('{Shift>}');
    await user.click(screen.getByRole('checkbox', { name: 'Select Carol' }));
    await user.keyboard('{/Shift}');
    expect(screen.getByRole('checkbox', { name: 'Select Bob' })).toBeChecked(); // the shift-click range
    expect(screen.getByRole('checkbox', { name: 'Select Dave' })).not.toBeChecked();
    expect(screen.getByText('3 users selected')).toBeVisible();
    // Someone else erases carol meanwhile: the directory still shows her, the server no longer knows her.
    await (h.client as AdminUserClient).deleteUser('carol', { permanent: true });

    const bulk = screen.getByRole('group', { name: 'Actions on the selected users' });
    await user.type(within(bulk).getByLabelText('Tag'), 'beta');
    await user.click(within(bulk).getByRole('button', { name: 'Add tag' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1 of 3 could not be changed:');
    const failures = within(alert).getByRole('list', { name: 'Users that could not be changed' });
    expect(
      within(failures)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([expect.stringMatching(/^carol \(Carol\): /)]);
    expect(await tagsOf(h, 'alice')).toEqual(['beta']);
    expect(await tagsOf(h, 'bob')).toEqual(['beta']);
    expect(await tagsOf(h, 'dave')).toEqual([]);
    // The failed user stays selected for a retry; the table shows the new tags from the server's answers.
    expect(screen.getByText('3 users selected')).toBeVisible();
    const aliceRow = screen.getByRole('button', { name: 'Edit Alice (alice)' }).closest('tr') as HTMLElement;
    await waitFor(() => expect(within(aliceRow).getByText('beta')).toBeVisible());
  });

  it('deactivates a selection in one batch; the list and the emulator show it', async () => {
    const h = createAdminHarness();
    const user = userEvent.setup();
    await renderDirectory(h);
    await user.click(screen.getByRole('checkbox', { name: 'Select every user on this page' }));
    expect(screen.getByText('4 users selected')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Deactivate user' }));
    await screen.findByText('Done: 4 users updated.');
    expect((await h.client.listUsers({ onlyDeactivated: true })).users.map((u) => u.uid).sort()).toEqual([
      'alice',
      'bob',
      'carol',
      'dave',
    ]);
    await screen.findByText('No users yet.'); // deactivated users are hidden by default
  });

  it('keeps search, filters and page in the router; the server narrows the list', async () => {
    const h = createAdminHarness();
    const user = userEvent.setup();
    const router = await renderDirectory(h);
    await user.type(screen.getByLabelText('Search users'), 'ca');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Edit Alice (alice)' })).toBeNull());
    expect(screen.getByRole('button', { name: 'Edit Carol (carol)' })).toBeVisible();
    expect(router.read().get('q')).toBe('ca');
    await user.selectOptions(screen.getByLabelText('Deactivated users'), 'only');
    await screen.findByText('No user matches “ca”.');
    expect(router.read().toString()).toBe('q=ca&deactivated=only');
  });
});
