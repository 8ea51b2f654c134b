// App.tsx — a complete app: a client, the provider, log an existing user in, edit the profile.
import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { ProfileEditForm, ProfileKitProvider, useCurrentUser, useLogin, useLogout } from '@profilekit/react';
import '@profilekit/react/styles.css';
import { type FormEvent, useState } from 'react';
import { createRoot } from 'react-dom/client';

// Production: your CometChat app id and region. Development against the emulator: { baseUrl: 'http://127.0.0.1:3939' }.
const client = createHttpClient({ appId: 'YOUR_APP_ID', region: 'us' }, { tokenStore: localStorageTokenStore() });

/**
 * Your backend checks the person's own login and answers with a CometChat auth token for them:
 * `POST /api/session` of `@profilekit/server` (its `authenticate` hook checks `{ login, password }`)
 * answers `{ data: { user, authToken } }`.
 */
export async function fetchCometChatToken(login: string, password: string): Promise<string> {
  const response = await fetch('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  const body = (await response.json()) as { data?: { authToken: string }; error?: { message: string } };
  if (!body.data) throw new Error(body.error?.message ?? `Login refused: ${response.status}`);
  return body.data.authToken;
}

function LogIn() {
  const login = useLogin();
  const [error, setError] = useState<string>();
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      login.mutate({ authToken: await fetchCometChatToken(String(form.get('login')), String(form.get('password'))) });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }
  return (
    <form onSubmit={submit}>
      <label>
        UID or email <input name="login" autoComplete="username" required />
      </label>
      <label>
        Password <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={login.isPending}>
        Log in
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

/** The logged-in user's profile, or the login form. */
export function Profile() {
  const { data: user, isPending } = useCurrentUser();
  const logout = useLogout();
  if (isPending) return <p>Loading…</p>;
  if (!user) return <LogIn />;
  return (
    <>
      <ProfileEditForm onSaved={(saved) => console.info(`Saved ${saved.name}`)} />
      <button type="button" onClick={() => logout.mutate()}>
        Log out
      </button>
    </>
  );
}

export function App() {
  return (
    <ProfileKitProvider client={client}>
      <Profile />
    </ProfileKitProvider>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<App />);
