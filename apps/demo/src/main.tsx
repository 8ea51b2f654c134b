import '@profilekit/react/styles.css';
import './styles/app.css';
import { ProfileKitProvider } from '@profilekit/react';
import { QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { createDemoClient, demoConfig, uploadAvatar } from './config';
import { NotConfigured } from './shell/NotConfigured';

const root = createRoot(document.getElementById('root') as HTMLElement);

if (demoConfig === null) {
  root.render(<NotConfigured />);
} else {
  const client = createDemoClient(demoConfig);
  const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: 10_000, retry: false } } });
  root.render(
    <StrictMode>
      <ProfileKitProvider client={client} queryClient={queryClient} uploadAvatar={uploadAvatar}>
        <App config={demoConfig} />
      </ProfileKitProvider>
    </StrictMode>,
  );
}
