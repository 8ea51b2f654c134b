import '@profilekit/react/styles.css';
import './styles/app.css';
import type { UserClient } from '@profilekit/core';
import { ProfileKitProvider, type SignedOutReason } from '@profilekit/react';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { BrowserConfig } from '../server/env';
import { App } from './App';
import { createDemoClient, demoConfig, uploadAvatar } from './config';
import { DemoMessagesContext } from './i18n/useDemoMessages';
import { useLanguage } from './language';
import { navigate, paths } from './router';
import { NotConfigured } from './shell/NotConfigured';

/** The provider in the chosen language (the switcher in the header changes it). */
function Root({
  config,
  client,
  queryClient,
}: {
  config: BrowserConfig;
  client: UserClient;
  queryClient: QueryClient;
}) {
  const [language, locale, setLanguage, messages] = useLanguage();
  // Live profiles (tabs, and the backend's event stream): a logout elsewhere or an admin's deactivation lands here.
  const [signedOut, setSignedOut] = useState<SignedOutReason>();
  const onSignedOut = (reason: SignedOutReason) => {
    setSignedOut(reason);
    navigate(paths.login);
  };
  return (
    <ProfileKitProvider
      client={client}
      queryClient={queryClient}
      locale={locale}
      uploadAvatar={uploadAvatar}
      onSignedOut={onSignedOut}
    >
      <DemoMessagesContext value={messages}>
        <App config={config} language={language} onLanguageChange={setLanguage} signedOut={signedOut} />
      </DemoMessagesContext>
    </ProfileKitProvider>
  );
}

const root = createRoot(document.getElementById('root') as HTMLElement);

if (demoConfig === null) {
  root.render(<NotConfigured />);
} else {
  const client = createDemoClient(demoConfig);
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: false } } });
  root.render(
    <StrictMode>
      <Root config={demoConfig} client={client} queryClient={queryClient} />
    </StrictMode>,
  );
}
