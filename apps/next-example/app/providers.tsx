'use client';

import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { createBackendClient, withBackend } from '@profilekit/core/backend';
import { ProfileKitProvider } from '@profilekit/react';
import { type ReactNode, useState } from 'react';
import { cometChat } from './config';

/**
 * The one client component this app writes: the provider needs a client object, which a server
 * component cannot pass to the browser. Self-service calls go to CometChat with the user's token;
 * sign-up and admin calls go to this app's route handler (`app/api/[...profilekit]/route.ts`).
 * Pages render profilekit's forms directly.
 */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => {
    const tokens = localStorageTokenStore();
    const backend = createBackendClient({ baseUrl: '/api', getAuthToken: () => tokens.get() });
    return withBackend(createHttpClient(cometChat, { tokenStore: tokens }), backend);
  });
  return <ProfileKitProvider client={client}>{children}</ProfileKitProvider>;
}
