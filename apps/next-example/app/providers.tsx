'use client';

import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { ProfileKitProvider } from '@profilekit/react';
import { type ReactNode, useState } from 'react';
import { cometChat } from './config';

/**
 * The one client component this app writes: the provider needs a client object, which a server
 * component cannot pass to the browser. Pages render profilekit's forms directly.
 */
export function Providers({ children }: { children: ReactNode }) {
  const [client] = useState(() => createHttpClient(cometChat, { tokenStore: localStorageTokenStore() }));
  return <ProfileKitProvider client={client}>{children}</ProfileKitProvider>;
}
