// main.tsx — live profiles: tabs share every change, your backend's stream brings the rest.
import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { createBackendClient, withBackend } from '@profilekit/core/backend';
import {
  ProfileEditForm,
  ProfileKitProvider,
  type SignedOutReason,
  StatusBadge,
  useCurrentUser,
  usePresence,
} from '@profilekit/react';
import { createRoot } from 'react-dom/client';

// One token store in localStorage: every tab of the app is the same login.
const tokens = localStorageTokenStore();
const cometChat = createHttpClient({ appId: 'YOUR_APP_ID', region: 'eu' }, { tokenStore: tokens });
// withBackend gives the client subscribeToEvents, so the provider follows GET /api/events while someone is logged in.
const client = withBackend(cometChat, createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() }));

const reasons: Record<SignedOutReason, string> = {
  logout: 'You logged out in another tab.',
  deactivated: 'An administrator deactivated your account.',
  deleted: 'An administrator deleted your account.',
};

/** The header: the logged-in user's name and status, live. */
function Header() {
  const { data: me } = useCurrentUser();
  const { lastActiveAt } = usePresence(me?.uid ?? '');
  if (!me) return null;
  return (
    <header>
      {me.name} <StatusBadge uid={me.uid} status={me.status} />
      {lastActiveAt && <small> active {new Date(lastActiveAt * 1000).toLocaleTimeString()}</small>}
    </header>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <ProfileKitProvider
    client={client}
    // The defaults, spelled out: tabs on; backend on because the client has subscribeToEvents.
    sync={{ tabs: true, backend: true, channel: 'my-app' }}
    onSignedOut={(reason) => alert(reasons[reason])}
  >
    <Header />
    <ProfileEditForm />
  </ProfileKitProvider>,
);
