// @vitest-environment node
import { createHttpClient } from '@profilekit/core';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProfileEditForm } from '../components/ProfileEditForm';
import { UserForm } from '../components/UserForm';
import { ProfileKitProvider } from '../ProfileKitProvider';
import { SignupFlow } from '../signup/SignupFlow';

// Server rendering never calls the client: a fetch that fails the test if it is reached.
const client = createHttpClient(
  { baseUrl: 'http://emulator.test' },
  {
    fetch: () => {
      throw new Error('server rendering must not fetch');
    },
  },
);

afterEach(() => {
  vi.restoreAllMocks();
});

function renderOnServer(element: React.ReactElement) {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
  const warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const html = renderToString(<ProfileKitProvider client={client}>{element}</ProfileKitProvider>);
  return { html, logged: [...errors.mock.calls, ...warnings.mock.calls].map((call) => String(call[0])) };
}

describe('server rendering (React 18 and 19)', () => {
  it('renders SignupFlow with no warning (no layout effects reach the server renderer)', () => {
    const { html, logged } = renderOnServer(<SignupFlow onRegister={() => undefined} />);
    expect(html).toContain('Sign up');
    expect(logged).toEqual([]);
  });

  it('renders ProfileEditForm and an admin UserForm with no warning', () => {
    const profile = renderOnServer(<ProfileEditForm />);
    const admin = renderOnServer(<UserForm mode="create" onSubmit={() => undefined} />);
    expect(admin.html).toContain('<form');
    expect([...profile.logged, ...admin.logged]).toEqual([]);
  });
});
