// main.tsx — an app on the official SDK: presence comes from the SDK's own user listener.
import { CometChat } from '@cometchat/chat-sdk-javascript';
import { createSdkClient } from '@profilekit/core/sdk';
import { ProfileKitProvider, StatusBadge, usePresence } from '@profilekit/react';
import { createRoot } from 'react-dom/client';

await CometChat.init('YOUR_APP_ID', new CometChat.AppSettingsBuilder().setRegion('eu').build());
// createSdkClient gives the client subscribeToPresence: the provider adds a CometChat.UserListener while it is
// mounted and removes it when it unmounts.
const client = createSdkClient(CometChat);

/** A contact's name and status, live as CometChat's socket reports them: no request per change. */
function Contact({ uid, name }: { uid: string; name: string }) {
  const { status } = usePresence(uid);
  return (
    <li>
      {name} <StatusBadge uid={uid} status={status} />
    </li>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  // The default, spelled out: presence on because the client has subscribeToPresence.
  <ProfileKitProvider client={client} sync={{ presence: true }}>
    <ul>
      <Contact uid="superhero1" name="Iron Man" />
    </ul>
  </ProfileKitProvider>,
);
