// App.tsx — a complete app: a client, the provider, log an existing user in, edit the profile.
import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { ProfileEditForm, ProfileKitProvider, useCurrentUser, useLogin, useLogout } from '@profilekit/react';
import '@profilekit/react/styles.css';
import { createRoot } from 'react-dom/client';

// Production: your CometChat app id and region. Development against the emulator: { baseUrl: 'http://127.0.0.1:3939' }.
const client = createHttpClient({ appId: 'YOUR_APP_ID', region: 'us' }, { tokenStore: localStorageTokenStore() });

/** Your backend logs the person in (your own auth) and answers with a CometChat auth token for them. */
async function fetchCometChatToken(): Promise<string> {
  const response = await fetch('/api/session', { method: 'POST', credentials: 'include' });
  if (!response.ok) throw new Error(`Session refused: ${response.status}`);
  const { authToken } = (await response.json()) as { authToken: string };
  return authToken;
}

function LogIn() {
  const login = useLogin();
  return (
    <button
      type="button"
      disabled={login.isPending}
      onClick={async () => login.mutate({ authToken: await fetchCometChatToken() })}
    >
      Log in to chat
    </button>
  );
}

function Profile() {
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
