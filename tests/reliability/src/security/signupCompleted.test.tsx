import '@testing-library/jest-dom/vitest';
import { createHttpClient } from '@profilekit/core';
import { createBackendClient, withBackend } from '@profilekit/core/backend';
import { createEmulator } from '@profilekit/emulator';
import { ProfileKitProvider, SignupFlow } from '@profilekit/react';
import { createProfileKitHandler } from '@profilekit/server';
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFaultyFetch, matching } from '../support/faultyFetch';
import { memoryAccounts } from '../support/memoryAccounts';

afterEach(cleanup);

// Issue 25, finding 1: a completed sign-up issues no token. SignupFlow over the real handler must then tell
// the person to log in, not fail silently, and never end logged in through the sign-up.
describe('issue 25 finding 1: SignupFlow when the sign-up had completed and only its answer was lost', () => {
  it('the retry is told to log in (409 ERR_SIGNUP_COMPLETED) and no token is used', async () => {
    const emulator = createEmulator({ rateLimit: false });
    const handler = createProfileKitHandler({
      target: { baseUrl: 'http://emulator.test', appId: emulator.appId },
      restApiKey: emulator.restApiKey,
      transport: { fetch: (input, init) => emulator.fetch(new Request(input, init)) },
      ...memoryAccounts(),
    });
    const network = createFaultyFetch((request) => handler(request, { clientIp: '192.0.2.1' }));
    const cometChat = createHttpClient(
      { baseUrl: 'http://emulator.test', appId: emulator.appId },
      { fetch: (input, init) => emulator.fetch(new Request(input, init)) },
    );
    const client = withBackend(
      cometChat,
      createBackendClient({ baseUrl: 'http://backend.test', fetch: network.fetch }),
    );
    const queryClient = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
    const wrapper = ({ children }: { children?: ReactNode }) => (
      <ProfileKitProvider client={client} queryClient={queryClient}>
        {children}
      </ProfileKitProvider>
    );
    const person = userEvent.setup();
    render(<SignupFlow checkUidAvailability={false} />, { wrapper });
    await person.type(screen.getByLabelText('Name'), 'Kevin');
    await person.type(screen.getByLabelText('UID'), 'kevin');
    network.inject(matching('POST', '/signup'), 'loseAnswer');
    await person.click(screen.getByRole('button', { name: 'Sign up' }));
    const register = () =>
      within(screen.getByRole('list', { name: 'Sign-up progress' }))
        .getByText('Create your account')
        .closest('li') as HTMLElement;
    await waitFor(() => expect(register().dataset.status).toBe('failed'));
    await person.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(register()).toHaveTextContent('Session ended. Log in again.'));
    expect(register().dataset.status).toBe('failed');
    expect(screen.queryByText(/Welcome, Kevin/)).toBeNull();
    await expect(cometChat.getLoggedInUser()).resolves.toBeNull();
  });
});
