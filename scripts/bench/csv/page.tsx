// The CSV bench's page: UserCsvImport and UserCsvExport over the kit's backend client (`/api`, an admin), as
// an admin screen would mount them. Long tasks are collected from the first script on (window.longTasks).
import { createHttpClient } from '@profilekit/core';
import { createBackendClient, withBackend } from '@profilekit/core/backend';
import { ProfileKitProvider } from '@profilekit/react';
import { UserCsvExport, UserCsvImport } from '@profilekit/react/csv';
import { createRoot } from 'react-dom/client';

declare global {
  interface Window {
    longTasks: { start: number; duration: number }[];
  }
}

window.longTasks = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

// Listing with `withDeactivated` goes to the backend (an admin listing): the CometChat client is never reached.
const client = withBackend(
  createHttpClient({ baseUrl: `${location.origin}/unused` }),
  createBackendClient({ baseUrl: '/api' }),
);

createRoot(document.getElementById('root') as HTMLElement).render(
  <ProfileKitProvider client={client}>
    <UserCsvExport query={{ searchKeyword: 'seed', withDeactivated: true }} fileName="seed.csv" />
    <UserCsvImport />
  </ProfileKitProvider>,
);
