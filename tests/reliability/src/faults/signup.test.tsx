import '@testing-library/jest-dom/vitest';
import type { CreateUserInput } from '@profilekit/core';
import { SignupFlow } from '@profilekit/react';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { type Fault, matching } from '../support/faultyFetch';
import { createKit } from '../support/kit';

afterEach(cleanup);

const stepStatus = (name: string) =>
  within(screen.getByRole('list', { name: 'Sign-up progress' }))
    .getByText(name)
    .closest('li')
    ?.getAttribute('data-status');

const createFaults: { name: string; fault: Fault }[] = [
  { name: '503 from a proxy', fault: { status: 503 } },
  { name: 'network loss', fault: 'reject' },
  { name: 'a lost answer (the server created the user)', fault: 'loseAnswer' },
  { name: '429 with Retry-After', fault: { status: 429, retryAfter: 2 } },
];

describe('SignupFlow under faults: retrying never repeats a finished step nor creates a duplicate user', () => {
  it.for(createFaults)('$name while creating the chat user', async ({ fault }) => {
    const kit = createKit();
    const registered: CreateUserInput[] = [];
    const person = userEvent.setup();
    render(<SignupFlow onRegister={(input) => void registered.push(input)} checkUidAvailability={false} />, {
      wrapper: kit.wrapper,
    });
    await person.type(screen.getByLabelText('Name'), 'Kevin');
    await person.type(screen.getByLabelText('UID'), 'kevin');
    kit.network.inject(matching('POST', '/users'), fault);
    await person.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(stepStatus('Create chat user')).toBe('failed'));
    expect(screen.getByRole('alert')).not.toBeEmptyDOMElement();
    expect(screen.getByLabelText('Name')).toHaveValue('Kevin');
    expect(screen.getByLabelText('UID')).toHaveValue('kevin');
    await person.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/Welcome, Kevin/)).toBeInTheDocument();
    expect(registered).toHaveLength(1);
    const users = await kit.admin('GET', '/users?uids=kevin&withDeactivated=1');
    expect(users.body.data).toHaveLength(1);
    expect(await kit.client.getLoggedInUser()).toMatchObject({ uid: 'kevin', name: 'Kevin' });
  });

  it.for(createFaults)('$name, and the uid was already someone else’s: never logs in as them', async ({ fault }) => {
    const kit = createKit();
    await kit.admin('POST', '/users', { uid: 'kevin', name: 'The other Kevin' });
    const person = userEvent.setup();
    render(<SignupFlow onRegister={() => undefined} checkUidAvailability={false} />, { wrapper: kit.wrapper });
    await person.type(screen.getByLabelText('Name'), 'Kevin');
    await person.type(screen.getByLabelText('UID'), 'kevin');
    kit.network.inject(matching('POST', '/users'), fault);
    await person.click(screen.getByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(stepStatus('Create chat user')).toBe('failed'));
    await person.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByLabelText('UID')).toHaveAccessibleDescription(/taken|exists/i));
    expect(stepStatus('Create chat user')).toBe('failed');
    expect(screen.queryByText(/Welcome/)).toBeNull();
    expect(await kit.client.getLoggedInUser()).toBeNull();
    expect((await kit.admin('GET', '/users/kevin')).body.data.name).toBe('The other Kevin');
  });
});
