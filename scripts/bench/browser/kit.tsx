// The kit as an app ships it: ProfileKitProvider + one component over the HTTP client.
import { createHttpClient } from '@profilekit/core';
import { ProfileEditForm, ProfileKitProvider, SignupFlow, UserForm } from '@profilekit/react';
import { createRoot } from 'react-dom/client';
import { benchFetch, benchUser, markRender } from './fixture';

const client = createHttpClient(
  { baseUrl: 'http://bench.test' },
  { fetch: benchFetch, tokenStore: { get: () => 'bench-token', set: () => {}, clear: () => {} } },
);

const component = BENCH_COMPONENT;
const Page =
  component === 'SignupFlow'
    ? () => <SignupFlow onRegister={() => undefined} />
    : component === 'UserForm'
      ? () => <UserForm mode="update" user={benchUser} onSubmit={() => undefined} />
      : () => <ProfileEditForm />;

markRender();
createRoot(document.getElementById('root') as HTMLElement).render(
  <ProfileKitProvider client={client}>
    <Page />
  </ProfileKitProvider>,
);
