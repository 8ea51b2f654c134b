import '@testing-library/jest-dom/vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { User } from '@profilekit/core';
import { createEmulator, createSqliteStore } from '@profilekit/emulator';
import { ProfileEditForm, UserForm, useUpdateUser } from '@profilekit/react';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type Fault, matching } from '../support/faultyFetch';
import { createKit, type Kit } from '../support/kit';

afterEach(cleanup);
const dir = mkdtempSync(join(tmpdir(), 'profilekit-forms-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const saved = () => waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Your changes were saved.'));

/** A logged-in user and their profile form, ready to type into. */
async function profile(kit: Kit = createKit({ client: { timeoutMs: 1000 } })) {
  await kit.client.createUser({ uid: 'typist', name: 'Typist', statusMessage: 'Before' });
  await kit.client.login('typist', kit.emulator.authKey);
  const person = userEvent.setup();
  render(<ProfileEditForm />, { wrapper: kit.wrapper });
  const status = await screen.findByLabelText('Status message');
  await person.clear(status);
  await person.type(status, 'Typed with care');
  return { kit, person, status };
}

const storedStatus = async (kit: Kit) => (await kit.admin('GET', '/users/typist')).body.data.statusMessage;

/** Each fault on the save, and what the person must be told. */
const saveFaults: { name: string; fault: Fault; message: RegExp; reachesServer: boolean }[] = [
  {
    name: '429 with Retry-After',
    fault: { status: 429, retryAfter: 7 },
    message: /Too many requests. Try again in 7 s/,
    reachesServer: false,
  },
  // In the form's language: a 5xx says so without the proxy's page (kept as the error's detail).
  { name: '503 from a proxy', fault: { status: 503 }, message: /Server error. Try again later./, reachesServer: false },
  { name: 'a timeout', fault: { delayMs: 5000 }, message: /Could not reach the server/, reachesServer: false },
  { name: 'network loss', fault: 'reject', message: /Could not reach the server/, reachesServer: false },
  {
    name: 'a lost answer (the server saved it)',
    fault: 'loseAnswer',
    message: /Could not reach the server/,
    reachesServer: true,
  },
];

describe('ProfileEditForm under faults: the input is kept, a clear error is shown, nothing is lost', () => {
  it.for(saveFaults)('$name on save', async ({ fault, message, reachesServer }) => {
    const { kit, person, status } = await profile();
    kit.network.inject(matching('PUT', '/me'), fault);
    await person.click(screen.getByRole('button', { name: 'Save profile' }));
    // The client gives up after its 1 s timeout: wait well past that, not waitFor's default 1 s.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message), { timeout: 5000 });
    expect(status).toHaveValue('Typed with care');
    expect(await storedStatus(kit)).toBe(reachesServer ? 'Typed with care' : 'Before');
    await person.click(screen.getByRole('button', { name: 'Save profile' }));
    await saved();
    expect(status).toHaveValue('Typed with care');
    expect(await storedStatus(kit)).toBe('Typed with care');
  });

  it('the emulator restarts mid-session on the same SQLite file: the save goes through afterwards, same session', async () => {
    const file = join(dir, 'restart.sqlite');
    const kit = createKit({ emulator: { store: createSqliteStore(file) } });
    const { person, status } = await profile(kit);
    kit.network.down();
    kit.restart(() => createEmulator({ rateLimit: false, store: createSqliteStore(file) }));
    await person.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(/Could not reach the server/));
    expect(status).toHaveValue('Typed with care');
    kit.network.up();
    await person.click(screen.getByRole('button', { name: 'Save profile' }));
    await saved();
    expect(await storedStatus(kit)).toBe('Typed with care');
    expect(await kit.client.getLoggedInUser()).toMatchObject({ uid: 'typist', statusMessage: 'Typed with care' });
    kit.emulator.close();
  });
});

function AdminEdit({ user }: { user: User }) {
  const update = useUpdateUser();
  return <UserForm mode="update" user={user} onSubmit={(change) => update.mutateAsync(change)} />;
}

describe('UserForm (admin update) under faults', () => {
  it.for(saveFaults.filter(({ fault }) => fault !== 'loseAnswer'))('$name on save', async ({ fault, message }) => {
    const kit = createKit({ client: { timeoutMs: 1000 } });
    const user = await kit.client.createUser({ uid: 'member', name: 'Member' });
    const person = userEvent.setup();
    render(<AdminEdit user={user} />, { wrapper: kit.wrapper });
    const name = screen.getByLabelText('Name');
    await person.clear(name);
    await person.type(name, 'Member Renamed');
    kit.network.inject(matching('PUT', '/users/member'), fault);
    await person.click(screen.getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(message), { timeout: 5000 });
    expect(name).toHaveValue('Member Renamed');
    expect((await kit.admin('GET', '/users/member')).body.data.name).toBe('Member');
    await person.click(screen.getByRole('button', { name: 'Save changes' }));
    await saved();
    expect((await kit.admin('GET', '/users/member')).body.data.name).toBe('Member Renamed');
  });
});
