// The kit as an admin page ships it: ProfileKitProvider + UserDirectory over the HTTP client, 100 users a page.
import { createHttpClient } from '@profilekit/core';
import { ProfileKitProvider } from '@profilekit/react';
import { memoryRouter, UserDirectory } from '@profilekit/react/directory';
import { createRoot } from 'react-dom/client';
import { directoryFetch } from './directoryFixture';
import { markRender } from './fixture';

const client = createHttpClient(
  { baseUrl: 'http://bench.test' },
  { fetch: directoryFetch, tokenStore: { get: () => 'bench-token', set: () => {}, clear: () => {} } },
);

markRender();
createRoot(document.getElementById('root') as HTMLElement).render(
  <ProfileKitProvider client={client}>
    <UserDirectory router={memoryRouter()} defaults={{ pageSize: 100 }} roles={['default', 'moderator']} />
  </ProfileKitProvider>,
);
