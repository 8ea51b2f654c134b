// main.tsx — avatar uploads through your backend's `POST /api/avatars` (@profilekit/server).
import { createHttpClient, localStorageTokenStore } from '@profilekit/core';
import { createAvatarUploader } from '@profilekit/core/avatar';
import { ProfileEditForm, ProfileKitProvider } from '@profilekit/react';
import { createRoot } from 'react-dom/client';

const tokens = localStorageTokenStore();
const client = createHttpClient({ appId: 'YOUR_APP_ID', region: 'us' }, { tokenStore: tokens });
// XHR under the hood, so the field shows upload progress; the user's auth token proves who uploads.
const uploadAvatar = createAvatarUploader({ url: '/api/avatars', getAuthToken: () => tokens.get() });

createRoot(document.getElementById('root') as HTMLElement).render(
  <ProfileKitProvider client={client} uploadAvatar={uploadAvatar}>
    <ProfileEditForm />
  </ProfileKitProvider>,
);
