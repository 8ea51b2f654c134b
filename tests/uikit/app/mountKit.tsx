import { CometChat } from '@cometchat/chat-sdk-javascript';
import type { ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

/** The part of `@cometchat/chat-uikit-react` (v5 and the latest alike) this page uses. */
export interface UiKit {
  CometChatUIKit: { init(settings: unknown): Promise<unknown>; login(uid: string): Promise<unknown> };
  UIKitSettingsBuilder: new () => UiKitBuilder;
  CometChatUsers: ComponentType<Record<string, unknown>>;
  CometChatMessageHeader: ComponentType<{ user: CometChat.User }>;
}
/** The builder's calls this page makes, the same in v5 and the latest. */
interface UiKitBuilder {
  setAppId(id: string): UiKitBuilder;
  setRegion(region: string): UiKitBuilder;
  setAuthKey(key: string): UiKitBuilder;
  setAdminHost(host: string): UiKitBuilder;
  setClientHost(host: string): UiKitBuilder;
  subscribePresenceForAllUsers(): UiKitBuilder;
  setAutoEstablishSocketConnection(on: boolean): UiKitBuilder;
  build(): unknown;
}

/**
 * Mounts CometChat's Users list and, for the first user clicked, its message header, against the emulator behind
 * this page's own https origin: the SDK always builds https URLs, so the admin and client hosts are
 * `${location.host}/v3`, which Vite's dev server proxies to the emulator. The test reads `appId`, `authKey` and the
 * uid to log in as from the hash (development keys of a throw-away emulator on this machine).
 */
export async function mountKit(kit: UiKit): Promise<void> {
  const params = new URLSearchParams(location.hash.slice(1));
  const host = `${location.host}/v3`;
  const settings = new kit.UIKitSettingsBuilder()
    .setAppId(params.get('appId') ?? '')
    .setRegion('us')
    .setAuthKey(params.get('authKey') ?? '')
    .setAdminHost(host)
    .setClientHost(host)
    .subscribePresenceForAllUsers()
    // The emulator has no WebSocket server: presence and messages arrive by REST only.
    .setAutoEstablishSocketConnection(false)
    .build();
  await kit.CometChatUIKit.init(settings);
  await kit.CometChatUIKit.login(params.get('uid') ?? '');
  const header = await CometChat.getUser(params.get('headerUid') ?? '');
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root');
  const { CometChatUsers, CometChatMessageHeader } = kit;
  createRoot(root).render(
    <div style={{ display: 'grid', gridTemplateColumns: '360px 1fr', height: '100vh' }}>
      <div data-testid="users" style={{ height: '100vh', overflow: 'hidden' }}>
        <CometChatUsers />
      </div>
      <div data-testid="header">
        <CometChatMessageHeader user={header} />
      </div>
    </div>,
  );
  document.body.dataset.ready = 'true';
}
