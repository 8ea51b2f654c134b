// In the browser: the backend client reads your backend's event stream with the user's auth token.
import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { createBackendClient, withBackend } from '@profilekit/core/backend';

const tokens = localStorageTokenStore();
const backend = createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() });
export const client = withBackend(createHttpClient({ appId: 'APP_ID', region: 'eu' }, { tokenStore: tokens }), backend);

// withBackend's updateCurrentUserDetails tells the backend by itself (POST /api/events/user-changed).
const stop = client.subscribeToEvents(
  (event) => {
    if (event.type === 'user.updated') console.log(`${event.user.uid} is now called ${event.user.name}`);
    if (event.type === 'presence') console.log(`${event.uid} is ${event.status}`);
    if (event.type === 'user.deactivated') console.log(`${event.uid} was deactivated`);
  },
  { onError: (error) => console.warn('live profiles paused; retrying', error) },
);
window.addEventListener('pagehide', stop);
