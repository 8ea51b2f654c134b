// The Getting Started page's login flow (docs/examples/GettingStartedApp.tsx), run as written against a real
// @profilekit/server on a socket and the emulator on another: the docs cannot drift from what the server answers.
import '@testing-library/jest-dom/vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '@profilekit/core';
import { type RunningEmulator, startEmulator } from '@profilekit/emulator';
import { ProfileKitProvider } from '@profilekit/react';
import { createProfileKitHandler } from '@profilekit/server';
import { toNodeHandler } from '@profilekit/server/node';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fetchCometChatToken, Profile } from '../../../../docs/examples/GettingStartedApp';

let emulator: RunningEmulator;
let backend: Server;
let backendUrl: string;

beforeAll(async () => {
  emulator = await startEmulator({ rateLimit: false });
  const handler = createProfileKitHandler({
    target: { baseUrl: emulator.url, appId: emulator.appId },
    restApiKey: emulator.restApiKey,
    basePath: '/api',
    rateLimit: false,
    // The app's own login: one account, kevin / the right password.
    authenticate: async ({ body }) => {
      const { login, password } = (body ?? {}) as Record<string, unknown>;
      return login === 'kevin' && password === 'correct horse battery' ? { uid: 'kevin' } : null;
    },
  });
  backend = createServer(toNodeHandler(handler));
  await new Promise<void>((resolve) => backend.listen(0, '127.0.0.1', resolve));
  backendUrl = `http://127.0.0.1:${(backend.address() as AddressInfo).port}`;
  await fetch(`${emulator.url}/v3/users`, {
    method: 'POST',
    headers: { apikey: emulator.restApiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ uid: 'kevin', name: 'Kevin' }),
  });
  // The page's origin: a browser resolves `/api/session` against it; Node's fetch needs it spelled out.
  const nodeFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
    nodeFetch(typeof input === 'string' && input.startsWith('/') ? new URL(input, backendUrl) : input, init),
  );
});

afterEach(cleanup);

afterAll(async () => {
  vi.unstubAllGlobals();
  await new Promise((resolve) => backend.close(resolve));
  await emulator.close();
});

describe('Getting Started (docs/examples/GettingStartedApp.tsx) against @profilekit/server', () => {
  it('fetchCometChatToken gets a token POST /session accepts, for the account that logged in', async () => {
    const authToken = await fetchCometChatToken('kevin', 'correct horse battery');
    const me = await fetch(`${emulator.url}/v3/me`, { headers: { authToken } });
    expect((await me.json()).data.uid).toBe('kevin');
  });

  it('fetchCometChatToken reports the server’s message for a wrong password', async () => {
    await expect(fetchCometChatToken('kevin', 'wrong')).rejects.toThrow(
      'The login and password do not match an account.',
    );
  });

  it('the page logs the person in and shows their profile in ProfileEditForm', async () => {
    const client = createHttpClient({ baseUrl: emulator.url });
    render(
      <ProfileKitProvider client={client}>
        <Profile />
      </ProfileKitProvider>,
    );
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('UID or email'), 'kevin');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Log in' }));
    expect(await screen.findByLabelText('UID')).toHaveValue('kevin');
    expect(screen.getByLabelText('Name')).toHaveValue('Kevin');
    expect(screen.queryByText(/not logged in/i)).toBeNull();
  });
});
